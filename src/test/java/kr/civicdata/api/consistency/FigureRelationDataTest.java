package kr.civicdata.api.consistency;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import kr.civicdata.api.db.OwnerDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-listed relations of data/figure_relations.csv hold together with the figures they name. */
@QuarkusTest
class FigureRelationDataTest {

    @Inject
    EntityManager entityManager;

    @Inject
    FigureRelationRepository relations;

    @Inject
    OwnerDatabase owner;

    @Test
    void should_load_the_fifteen_relations() {
        List<FigureRelation> all = QuarkusTransaction.requiringNew().call(() -> relations.inDocuments(null, null));
        assertEquals(15, all.size());
        FigureRelation growth = all.stream()
                .filter(relation -> relation.id.equals("seoul-seodaemun:budget:increase-rate:growth-rate"))
                .findFirst().orElseThrow();
        assertEquals(FigureRelation.Kind.GROWTH_RATE, growth.kind);
        assertEquals(List.of("seoul-seodaemun:budget:2018", "seoul-seodaemun:budget:2017"),
                List.of(growth.operandIds));
        assertEquals(1, growth.decimals);
    }

    @Test
    void should_keep_every_relation_in_the_document_of_its_figures() {
        Number strays = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM figure_relation r
                JOIN figure result ON result.id = r.result_figure_id
                CROSS JOIN LATERAL unnest(r.operand_ids) AS operand_id
                JOIN figure operand ON operand.id = operand_id
                WHERE result.dataset_id <> r.dataset_id OR result.government_id <> r.government_id
                   OR operand.dataset_id <> r.dataset_id""").getSingleResult());
        assertEquals(0, strays.intValue());
    }

    /** As the owner, who may write: the trigger, not a missing privilege, must be what refuses the row. */
    @Test
    void should_refuse_a_relation_naming_a_figure_that_does_not_exist() throws SQLException {
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate("""
                    INSERT INTO figure_relation (id, government_id, dataset_id, kind, result_figure_id,
                        operand_ids, description)
                    VALUES ('test', 'seoul', 'seoul-report-2023-achievements', 'SUM',
                        'seoul:report-2023:interviews', ARRAY['seoul:report-2023:interviews:newspaper',
                        'seoul:report-2023:interviews:radio'], 'test')"""));
            connection.rollback();
            assertTrue(refused.getMessage().contains("operand seoul:report-2023:interviews:radio is not a figure"),
                    refused.getMessage());
        }
    }
}
