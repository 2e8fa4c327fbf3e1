package kr.civicdata.api.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;

/** Reads the catalog of datasets, with each dataset's row count and the time of the last load. */
@ApplicationScoped
public class DatasetRepository implements PanacheRepositoryBase<Dataset, String> {

    /** The filters and sorts of /api/v1/datasets, in HQL over the dataset. */
    public static final Filters FILTERS = Filters.builder()
            .filter("government", ValueType.id(), Condition.equal("governmentId"),
                    "Government id of the publisher; any other gives an empty page.", "seoul")
            .filter("q", ValueType.text(), Condition.contains("title"), "Case-insensitive substring of the title.",
                    "현황")
            .sort("id", null, "id")
            .sort("title", null, "title")
            .sort("sourceDocument", null, "sourceDocument")
            .sort("asOf", null, "asOf")
            .sortExample("title")
            .build();

    /**
     * Rows per dataset across every table of the data. Rows that hang off a parent (yearly investments, response
     * stages, criteria and measures, the parts of a case) count for the parent's dataset.
     */
    private static final String ROW_COUNTS = """
            SELECT dataset_id, count(*) FROM (
                SELECT dataset_id FROM pledge
                UNION ALL SELECT p.dataset_id FROM investment i JOIN pledge p ON p.id = i.pledge_id
                UNION ALL SELECT dataset_id FROM published_total
                UNION ALL SELECT dataset_id FROM response_plan
                UNION ALL SELECT p.dataset_id FROM response_stage s JOIN response_plan p ON p.id = s.plan_id
                UNION ALL SELECT p.dataset_id FROM response_criterion c JOIN response_plan p ON p.id = c.plan_id
                UNION ALL SELECT p.dataset_id FROM response_measure m JOIN response_plan p ON p.id = m.plan_id
                UNION ALL SELECT dataset_id FROM execution_line
                UNION ALL SELECT dataset_id FROM achievement
                UNION ALL SELECT a.dataset_id FROM achievement_section s JOIN achievement a ON a.id = s.achievement_id
                UNION ALL SELECT dataset_id FROM figure
            ) AS counted GROUP BY dataset_id""";

    @Inject
    DatasetFieldRepository fields;

    /** Datasets matching the filters, one page of them, each with its row count. */
    public Page<DatasetView> search(Selection selection, PageRequest page) {
        Page<Dataset> rows = Paging.page(this, "Dataset", selection, Sort.by("sourceDocument"), Set.of("asOf"), page,
                dataset -> dataset.id, Function.identity());
        Map<String, Long> counts = rowCountsByDataset();
        Instant loadedAt = loadedAt();
        return rows.withRows(rows.rows().stream()
                .map(d -> DatasetView.of(d, counts.getOrDefault(d.id, 0L), loadedAt)).toList());
    }

    /** One dataset with its row count and field dictionary. */
    public Optional<DatasetDetailView> detail(String id) {
        return findByIdOptional(id).map(dataset -> DatasetDetailView.of(
                DatasetView.of(dataset, rowCountsByDataset().getOrDefault(id, 0L), loadedAt()),
                fields.dictionaryOf(id)));
    }

    /** Number of rows of each dataset, in one query; a dataset without rows is absent. */
    public Map<String, Long> rowCountsByDataset() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(ROW_COUNTS).getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** When the data was loaded; null before the first load. */
    public Instant loadedAt() {
        List<?> rows = getEntityManager().createNativeQuery("SELECT loaded_at FROM data_load").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object value = rows.get(0);
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        return (Instant) value;
    }
}
