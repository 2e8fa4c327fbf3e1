package kr.civicdata.api.web.contract;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.civicdata.client.ApiClient;
import kr.civicdata.client.ApiException;
import kr.civicdata.client.api.AchievementsApi;
import kr.civicdata.client.api.DisasterResponseApi;
import kr.civicdata.client.api.GovernmentsApi;
import kr.civicdata.client.model.Government;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The committed contract is usable as it is: a Java client generated from openapi/openapi.yaml at build time (by
 * openapi-generator) calls the running service and reads its answers into the generated types.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL root;

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        return client;
    }

    @Test
    void should_list_and_get_governments_through_the_generated_client() throws ApiException {
        GovernmentsApi api = new GovernmentsApi(client());
        var page = api.listGovernments("BASIC", null, null, "-adminCode", 1, 2, null, null);
        assertEquals(3L, page.getMeta().getTotal().longValue());
        assertEquals(List.of("gwangju-seo", "incheon-seo"), page.getData().stream().map(Government::getId).toList());
        assertEquals("/api/v1/governments?level=BASIC&sort=-adminCode&page=2&size=2", page.getLinks().getNext());
        Government seodaemun = api.getGovernment("seoul-seodaemun", null, null);
        assertEquals("11410", seodaemun.getAdminCode());
        assertEquals("seoul", seodaemun.getParentId());
    }

    @Test
    void should_read_disaster_response_stages_through_the_generated_client() throws ApiException {
        var stages = new DisasterResponseApi(client()).listDisasterResponseStages("seoul", "FLOOD", null, null, null,
                null, null, null, null);
        assertEquals(List.of("평시", "보강", "1단계", "2단계", "3단계"),
                stages.getData().stream().map(stage -> stage.getName()).toList());
        assertEquals(45, stages.getData().get(4).getStaffing().getPersons());
    }

    @Test
    void should_read_achievements_and_surface_a_404_problem() throws ApiException {
        var cases = new AchievementsApi(client()).listAchievements("incheon-seo", null, null,
                kr.civicdata.client.model.AchievementKind.BEST_PRACTICE, null,
                null, null, null, null, null, null, null);
        assertEquals(5L, cases.getMeta().getTotal().longValue());
        ApiException missing = assertThrows(ApiException.class,
                () -> new GovernmentsApi(client()).getGovernment("busan", null, null));
        assertEquals(404, missing.getCode());
    }
}
