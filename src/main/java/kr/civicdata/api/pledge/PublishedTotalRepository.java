package kr.civicdata.api.pledge;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Reads the totals a source prints (such as 총 계), as printed. */
@ApplicationScoped
public class PublishedTotalRepository implements PanacheRepositoryBase<PublishedTotal, String> {

    /** The printed totals of one dataset: the row-total column (period null) first, then the periods in order. */
    public List<PublishedTotal> ofDataset(String datasetId) {
        return list("datasetId", Sort.by("fromYear", Sort.NullPrecedence.NULLS_FIRST).and("id"), datasetId);
    }
}
