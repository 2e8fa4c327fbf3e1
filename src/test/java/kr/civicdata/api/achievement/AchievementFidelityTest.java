package kr.civicdata.api.achievement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Source document 002 (a copy of the seed in the test resources) read on its own, without the bundled CSV, against
 * the achievements the API serves: every dated bullet of a case is a milestone, under the case it is printed in, with
 * its date and text as printed, and with the heading it is printed under (추진사항, 결과 및 효과 ...) as the word the
 * source prints for it.
 */
@QuarkusTest
class AchievementFidelityTest {

    private static final List<String> CASES_SOURCE = read("/seeds/002_96416393681b9b60.txt").lines().toList();
    private static final String CASES = "incheon-seo-proactive-2023h1";
    /** The headings of the parts of a case, as DATA-NOTES names them. */
    private static final Set<String> PART_HEADINGS = Set.of("현황 및 필요성", "조치사항", "추진사항", "결과 및 효과", "추진효과");
    /** A bullet that opens with a date: {@code - 2020.12. : ...}, {@code - 2022.3 ~ : ...}, {@code - 2023.6.9 ...}. */
    private static final Pattern DATED_BULLET = Pattern.compile("^- \\d{4}\\.\\d{1,2}.*");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_carry_every_dated_bullet_of_002_as_a_milestone_labelled_with_the_heading_it_is_printed_under() {
        List<Integer> datedBullets = new ArrayList<>();
        for (int i = 0; i < CASES_SOURCE.size(); i++) {
            if (DATED_BULLET.matcher(CASES_SOURCE.get(i).strip()).matches()) {
                datedBullets.add(i);
            }
        }
        List<Map<String, Object>> milestones = served(CASES, "MILESTONE");
        Map<String, String> caseTitles = new HashMap<>();
        served(CASES, "BEST_PRACTICE").forEach(c -> caseTitles.put((String) c.get("id"), (String) c.get("title")));
        assertEquals(datedBullets.size(), milestones.size(), "one milestone per dated bullet, and no other");
        assertEquals(9, milestones.size(), "seven of case 3 (추진사항), two of case 4 (결과 및 효과)");

        for (Map<String, Object> milestone : milestones) {
            String id = (String) milestone.get("id");
            String dateText = (String) milestone.get("dateText");
            assertNotNull(dateText, id + ": a milestone is dated");
            int at = datedBullets.stream().filter(i -> CASES_SOURCE.get(i).strip().startsWith("- " + dateText))
                    .reduce((a, b) -> {
                        throw new AssertionError(id + ": " + dateText + " opens more than one bullet");
                    }).orElseThrow(() -> new AssertionError(id + ": no bullet opens with " + dateText));
            String bullet = bulletAt(at).substring(("- " + dateText).length());
            String text = bullet.startsWith(" : ") ? bullet.substring(3) : bullet.strip();
            assertEquals(text, milestone.get("title"), id + ": the bullet's text after its date");

            String heading = headingAbove(at);
            assertEquals(heading, milestone.get("printedLabel"), id + ": the word printed for it is its heading");
            assertEquals(heading, milestone.get("section"), id + ": printed under " + heading);
            assertEquals("추진사항", milestone.get("kindLabel"), id + ": the fixed label of MILESTONE");

            String caseTitle = caseTitles.get((String) milestone.get("parentId"));
            assertNotNull(caseTitle, id + ": belongs to a case");
            assertEquals(caseTitle, caseAbove(at, caseTitles.values()), id + ": printed in the case it belongs to");
        }
    }

    /** The bullet at a line, with the lines that continue it (no bullet of their own) joined with one space. */
    private static String bulletAt(int at) {
        StringBuilder bullet = new StringBuilder(CASES_SOURCE.get(at).strip());
        for (int i = at + 1; i < CASES_SOURCE.size(); i++) {
            String next = CASES_SOURCE.get(i).strip();
            if (next.isEmpty() || next.startsWith("- ")) {
                break;
            }
            bullet.append(' ').append(next);
        }
        return bullet.toString();
    }

    /** The nearest part heading above a line. */
    private static String headingAbove(int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (PART_HEADINGS.contains(CASES_SOURCE.get(i).strip())) {
                return CASES_SOURCE.get(i).strip();
            }
        }
        throw new AssertionError("no part heading above line " + (at + 1));
    }

    /** The case whose title (or its first printed line) is the nearest above a line. */
    private static String caseAbove(int at, Collection<String> titles) {
        for (int i = at - 1; i >= 0; i--) {
            String line = CASES_SOURCE.get(i).strip();
            for (String title : titles) {
                if (line.length() >= 10 && title.startsWith(line)) {
                    return title;
                }
            }
        }
        throw new AssertionError("no case title above line " + (at + 1));
    }

    private static List<Map<String, Object>> served(String dataset, String kind) {
        return given().queryParam("dataset", dataset).queryParam("kind", kind).queryParam("size", 1000)
                .when().get("/api/v1/achievements")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }

    private static String read(String resource) {
        try (InputStream in = AchievementFidelityTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
