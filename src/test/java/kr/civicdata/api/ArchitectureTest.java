package kr.civicdata.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages use each other only as docs/architecture.md ("Who may use what") says, and {@code web} never reaches
 * into a feature's repositories or entities: the table is read from the page, so the page and the code cannot
 * disagree. Each rule is also shown failing, on the real code, when it is given a wrong table or a wider scope.
 */
class ArchitectureTest {

    private static final String BASE = ArchitectureDocument.BASE;
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    private static final Map<String, Set<String>> TABLE = ArchitectureDocument.read().allowedDependencies();

    @Test
    void should_list_every_package_of_the_service_and_nothing_else() {
        Set<String> packages = SERVICE.stream()
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(packages, new TreeSet<>(TABLE.keySet()), "the rows of the table and the packages of the service");
        List<String> unknown = new ArrayList<>();
        TABLE.values().forEach(allowed -> allowed.stream()
                .filter(name -> !packages.contains(name) && !SERVICE.contain(name))
                .forEach(unknown::add));
        assertEquals(List.of(), unknown, "allowed in the table, but no such package or class");
    }

    @TestFactory
    Stream<DynamicTest> should_let_each_package_use_only_what_its_row_lists() {
        return TABLE.entrySet().stream().map(row -> DynamicTest.dynamicTest(row.getKey(),
                () -> usesOnly(row.getKey(), row.getValue()).check(SERVICE)));
    }

    @Test
    void should_keep_web_out_of_every_repository_and_entity() {
        staysOutOfRepositoriesAndEntities(BASE + ".web..").check(SERVICE);
    }

    @Test
    void should_keep_the_web_packages_free_of_cycles() {
        slices().matching(BASE + ".web.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void should_use_no_internal_package_of_vertx() {
        staysOutOfVertxInternals().check(SERVICE);
    }

    @Test
    void should_fail_for_a_class_that_uses_an_internal_package_of_vertx() {
        AssertionError error = assertThrows(AssertionError.class, () -> staysOutOfVertxInternals()
                .check(new ClassFileImporter().importClasses(UsesVertxInternals.class)));
        assertTrue(error.getMessage().contains("HttpServerRequestInternal"), error.getMessage());
    }

    /** What the fast path once did to name a request for the metrics: an internal class, free to change in any release. */
    private static final class UsesVertxInternals {
        @SuppressWarnings("unused")
        static Object context(io.vertx.core.http.HttpServerRequest request) {
            return request instanceof io.vertx.core.http.impl.HttpServerRequestInternal internal
                    ? internal.context()
                    : null;
        }
    }

    @Test
    void should_fail_when_a_row_leaves_out_a_package_its_classes_use() {
        String consistency = BASE + ".consistency";
        Set<String> withoutPledge = new TreeSet<>(TABLE.get(consistency));
        assertTrue(withoutPledge.remove(BASE + ".pledge"), "consistency reads the pledges: " + withoutPledge);
        AssertionError error = assertThrows(AssertionError.class,
                () -> usesOnly(consistency, withoutPledge).check(SERVICE));
        assertTrue(error.getMessage().contains("PledgeRepository"), error.getMessage());
    }

    @Test
    void should_fail_for_a_package_that_uses_a_repository() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> staysOutOfRepositoriesAndEntities(BASE + ".pledge..").check(SERVICE));
        assertTrue(error.getMessage().contains("PledgeResource") && error.getMessage().contains("PledgeRepository"),
                error.getMessage());
    }

    @Test
    void should_fail_on_a_cycle() {
        // catalog's resource answers through web.representation, which listens to catalog's DataLoaded event: a
        // cycle between those two packages that the table allows on purpose, and that a cycle check must see.
        assertThrows(AssertionError.class,
                () -> slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(SERVICE));
    }

    /** Classes of the package use, of the service, only their own package and what the row lists. */
    private static ArchRule usesOnly(String packageName, Set<String> allowed) {
        return noClasses().that().resideInAPackage(packageName)
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>(
                        "classes of the service that its row in docs/architecture.md does not list") {
                    @Override
                    public boolean test(JavaClass target) {
                        String targetPackage = target.getPackageName();
                        if (!targetPackage.equals(BASE) && !targetPackage.startsWith(BASE + ".")
                                || targetPackage.equals(packageName) || allowed.contains(targetPackage)) {
                            return false;
                        }
                        String name = target.getName();
                        return allowed.stream().noneMatch(c -> name.equals(c) || name.startsWith(c + "$"));
                    }
                })
                .as("classes in " + packageName + " should use only " + allowed);
    }

    /** Vert.x's impl packages are its internals: not its API, changed without notice between releases. */
    private static ArchRule staysOutOfVertxInternals() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("io.vertx..impl..");
    }

    private static ArchRule staysOutOfRepositoriesAndEntities(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class);
    }
}
