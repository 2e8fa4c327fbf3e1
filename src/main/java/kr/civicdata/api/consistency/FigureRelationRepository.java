package kr.civicdata.api.consistency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.db.query.Where;

/** Reads the relations between printed figures (data/figure_relations.csv). */
@ApplicationScoped
public class FigureRelationRepository implements PanacheRepositoryBase<FigureRelation, String> {

    /** The relations of the matching documents, by id. */
    public List<FigureRelation> inDocuments(String government, String dataset) {
        Where where = new Where().eq("governmentId", government).eq("datasetId", dataset);
        return list(where.query(), Sort.by("id"), where.parameters());
    }
}
