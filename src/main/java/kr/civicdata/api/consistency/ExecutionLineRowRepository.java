package kr.civicdata.api.consistency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.web.Where;

/** Reads the lines of the 004 budget execution and settlement tables. */
@ApplicationScoped
public class ExecutionLineRowRepository implements PanacheRepositoryBase<ExecutionLineRow, String> {

    /** Every line of the matching tables, in printed order. */
    public List<ExecutionLineRow> inTables(String government, String dataset) {
        Where where = new Where().eq("governmentId", government).eq("datasetId", dataset);
        return list(where.query(), Sort.by("datasetId").and("lineOrder").and("id"), where.parameters());
    }
}
