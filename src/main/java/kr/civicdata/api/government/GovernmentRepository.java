package kr.civicdata.api.government;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.Where;

/** Reads governments. */
@ApplicationScoped
public class GovernmentRepository implements PanacheRepositoryBase<Government, String> {

    /** Governments matching the filters, one page of them. */
    public Page<GovernmentView> search(GovernmentLevel level, String parent, String q, List<SortField> sort,
            PageRequest page) {
        Where where = new Where().eq("level", level).eq("parentId", parent).contains("name", q);
        return Paging.page(find(where.query(), Where.sort(sort, Sort.by("adminCode"), "id"), where.parameters()),
                page, GovernmentView::of);
    }
}
