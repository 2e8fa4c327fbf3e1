package kr.civicdata.api.consistency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.web.Where;

/** Reads the rows of the 001 pledge tables. */
@ApplicationScoped
public class PledgeRowRepository implements PanacheRepositoryBase<PledgeRow, String> {

    /** Every pledge and sub-pledge of the matching tables, in printed order. */
    public List<PledgeRow> inTables(String government, String dataset) {
        Where where = new Where().eq("governmentId", government).eq("datasetId", dataset);
        return list(where.query(), Sort.by("datasetId").and("sourceOrder").and("id"), where.parameters());
    }
}
