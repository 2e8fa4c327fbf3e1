package kr.civicdata.api.consistency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.web.Where;

/** Reads the printed totals that are not pledges (the 001 {@code 총 계} row). */
@ApplicationScoped
public class PublishedTotalRowRepository implements PanacheRepositoryBase<PublishedTotalRow, String> {

    /** The printed totals of the matching tables: the row-total cell (period null) first, then by period. */
    public List<PublishedTotalRow> inTables(String government, String dataset) {
        Where where = new Where().eq("governmentId", government).eq("datasetId", dataset);
        return list(where.query(), Sort.by("datasetId").and("label").and("fromYear", Sort.NullPrecedence.NULLS_FIRST)
                .and("id"), where.parameters());
    }
}
