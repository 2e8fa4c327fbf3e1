package kr.civicdata.api.government;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;

/** Reads governments. */
@ApplicationScoped
public class GovernmentRepository implements PanacheRepositoryBase<Government, String> {

    /** The filters and sorts of /api/v1/governments, in HQL over the government. */
    public static final Filters FILTERS = Filters.builder()
            .filter("level", ValueType.enumeration(GovernmentLevel.class), Condition.equal("level"),
                    "METROPOLITAN (광역) or BASIC (기초).", "BASIC")
            .filter("parent", ValueType.id(), Condition.equal("parentId"),
                    "Id of the 광역 government the results belong to.", "seoul")
            .filter("q", ValueType.text(), Condition.contains("name"),
                    "Case-insensitive substring of the Korean name.", "서구")
            .sort("id", null, "id")
            .sort("name", null, "name")
            .sort("adminCode", null, "adminCode")
            .sortExample("name")
            .build();

    /** Governments matching the filters, one page of them. */
    public Page<GovernmentView> search(Selection selection, PageRequest page) {
        return Paging.page(this, "Government", selection, Sort.by("adminCode"), Set.of(), page, g -> g.id,
                GovernmentView::of);
    }
}
