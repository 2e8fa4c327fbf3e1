package kr.civicdata.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/architecture.md names the classes that own each step of a request and where to add things; a rename or a
 * removal that leaves the page behind fails here. Its classes are the service's and the tests'.
 */
class ArchitectureDocumentTest {

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(ArchitectureDocument.BASE);

    @Test
    void should_name_only_classes_members_and_paths_that_exist() {
        ArchitectureDocument document = ArchitectureDocument.read();
        assertTrue(document.checkedNames().size() > 60,
                "read only " + document.checkedNames() + " from " + ArchitectureDocument.PATH);
        assertEquals(List.of(), document.unresolvedNames(CLASSES),
                "named in " + ArchitectureDocument.PATH + " but not found");
    }

    @Test
    void should_report_a_class_member_or_path_that_does_not_exist() {
        ArchitectureDocument document = ArchitectureDocument
                .of("The `RepresentationCache` keeps `RepresentationCache.Entry`;"
                        + " `NoSuchClassAnywhere` does not exist, `Where.eq` does but `Where.noSuchMethod` not,"
                        + " `catalog.DataLoaded` is in `catalog` but `catalog.FastPath` is not; `FastPath.ROUTE_ORDER`,"
                        + " `src/main/resources/data/`, `src/no/such/file`, `GET /api/v1` and `quarkus.http.port`.");
        assertEquals(List.of("NoSuchClassAnywhere", "Where.noSuchMethod", "catalog.FastPath", "src/no/such/file"),
                document.unresolvedNames(CLASSES));
    }
}
