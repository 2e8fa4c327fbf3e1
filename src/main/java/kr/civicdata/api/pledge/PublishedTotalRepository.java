package kr.civicdata.api.pledge;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.db.query.Where;

/** Reads the totals a source prints (such as 총 계), as printed. */
@ApplicationScoped
public class PublishedTotalRepository implements PanacheRepositoryBase<PublishedTotal, String> {

    /** The printed totals of one dataset: the row-total column (period null) first, then the periods in order. */
    public List<PublishedTotal> ofDataset(String datasetId) {
        return list("datasetId", Sort.by("fromYear", Sort.NullPrecedence.NULLS_FIRST).and("id"), datasetId);
    }

    /**
     * The printed totals of the matching tables (null matches any): by table and label, each label's row-total
     * cell (period null) first, then by period.
     */
    public List<PublishedTotal> inTables(String government, String dataset) {
        Where where = new Where().eq("governmentId", government).eq("datasetId", dataset);
        return list(where.query(), Sort.by("datasetId").and("label").and("fromYear", Sort.NullPrecedence.NULLS_FIRST)
                .and("id"), where.parameters());
    }
}
