package kr.civicdata.api.achievement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.Where;

/** Reads achievements, with the printed parts of a page fetched in one query. */
@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, String> {

    /** The sortable fields: API name to HQL expression. {@code date} sorts by the start date, then the printed order. */
    public static final Map<String, String> SORTS = Map.of("date", "dateFrom", "title", "title", "kind", "kind");

    private static final Sort DEFAULT_SORT = Sort
            .by("dateFrom", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
            .and("ord");

    /**
     * The filters of the collection; null means not filtered. {@code from} and {@code to} bound the date range an
     * item's printed range must overlap; an undated item never matches them.
     */
    public record Filter(String government, String dataset, String parent, AchievementKind kind, LocalDate from,
            LocalDate to, String q) {
    }

    @Inject
    AchievementSectionRepository sections;

    @Inject
    Provenances provenances;

    /** Achievements matching the filters, one page of them, each with its printed parts. */
    public Page<AchievementView> search(Filter filter, List<SortField> sort, PageRequest page) {
        Where where = new Where()
                .eq("governmentId", filter.government())
                .eq("datasetId", filter.dataset())
                .eq("parentId", filter.parent())
                .eq("kind", filter.kind())
                // Overlap of [dateFrom, dateTo] with [from, to]; a null dateTo is an open range (printed '2022.3 ~').
                .when(filter.from() != null || filter.to() != null, "dateFrom is not null")
                .when(filter.to(), "dateFrom <= :value")
                .when(filter.from(), "(dateTo is null or dateTo >= :value)")
                .when(likePattern(filter.q()),
                        "(lower(title) like :value escape '\\' or lower(body) like :value escape '\\')");
        Page<Achievement> rows = Paging.page(find(where.query(), Where.sort(bySortFields(sort), DEFAULT_SORT, "id"),
                where.parameters()), page, Function.identity());
        return new Page<>(views(rows.rows()), rows.total());
    }

    /** One achievement with its parts and its children, in printed order. */
    public Optional<AchievementDetailView> detail(String id) {
        return findByIdOptional(id).map(achievement -> AchievementDetailView.of(views(List.of(achievement)).get(0),
                list("parentId", Sort.by("ord").and("id"), id).stream().map(AchievementChildView::of).toList()));
    }

    private List<AchievementView> views(List<Achievement> achievements) {
        Map<String, List<AchievementSectionView>> parts = sections
                .byAchievement(achievements.stream().map(a -> a.id).toList());
        return achievements.stream().map(a -> AchievementView.of(a, provenances.of(a.datasetId),
                parts.getOrDefault(a.id, List.of()))).toList();
    }

    /** {@code date} stands for the start date and then the printed order, both in the requested direction. */
    private static List<SortField> bySortFields(List<SortField> requested) {
        List<SortField> fields = new ArrayList<>();
        for (SortField field : requested) {
            fields.add(field);
            if (field.name().equals("date")) {
                fields.add(new SortField("date", "ord", field.descending()));
            }
        }
        return fields;
    }

    /** The LIKE pattern of a case-insensitive substring, its wildcards taken literally (as {@link Where#contains}). */
    private static String likePattern(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped.toLowerCase(Locale.ROOT) + "%";
    }
}
