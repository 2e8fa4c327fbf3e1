package kr.civicdata.api.consistency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.web.Where;

/** Reads the period cells of the 001 pledge tables. */
@ApplicationScoped
public class InvestmentRowRepository implements PanacheRepositoryBase<InvestmentRow, String> {

    /** Every period cell of the pledges of the matching tables, in one query, by pledge and period. */
    public List<InvestmentRow> ofPledgesInTables(String government, String dataset) {
        Where where = new Where().eq("p.governmentId", government).eq("p.datasetId", dataset);
        return list("pledgeId in (select p.id from PledgeRow p where " + where.query() + ")",
                Sort.by("pledgeId").and("fromYear").and("toYear"), where.parameters());
    }
}
