package kr.civicdata.api.achievement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;

/** Reads achievements, with the printed parts of a page fetched in one query. */
@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, String> {

    private static final Sort DEFAULT_SORT = Sort
            .by("dateFrom", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
            .and("ord");

    /** Items whose printed date range ends on or after this day; an open end ({@code 2022.3 ~}) runs on. */
    private static final Filter<LocalDate> FROM = Filter.of("from", ValueType.date(),
            Condition.of("dateFrom is not null and (dateTo is null or dateTo >= :value)"),
            "ISO date: items whose date range ends on or after this day. An item with an open end (printed "
                    + "`2022.3 ~`) runs on; an undated item never matches a date filter.",
            "2023-05-01");

    /** Items whose printed date range starts on or before this day; an undated item never matches. */
    private static final Filter<LocalDate> TO = Filter.of("to", ValueType.date(), Condition.of("dateFrom <= :value"),
            "ISO date: items whose date range starts on or before this day; not before from.", "2023-05-31");

    /**
     * The filters and sorts of /api/v1/achievements, in HQL over the achievement. {@code from} and {@code to} bound
     * the date range an item's printed range must overlap; {@code date} sorts by the start date, then the printed
     * order.
     */
    public static final Filters FILTERS = Filters.builder()
            .filter("government", ValueType.id(), Condition.equal("governmentId"),
                    "Government id: incheon-seo (002), seoul-seodaemun (003) or seoul (004); any other gives an "
                            + "empty page.",
                    "incheon-seo")
            .filter("dataset", ValueType.id(), Condition.equal("datasetId"),
                    "Dataset id (see /api/v1/datasets): incheon-seo-proactive-2023h1, seoul-seodaemun-report-2018 "
                            + "or seoul-report-2023-achievements.",
                    "seoul-report-2023-achievements")
            .filter("parent", ValueType.id(), Condition.equal("parentId"),
                    "Id of an item: its children (the milestones of a case, the awards of a report).",
                    "incheon-seo:case-3")
            .filter("kind", ValueType.enumeration(AchievementKind.class).describedBy("AchievementKind"),
                    Condition.equal("kind"), "Kind code.", "MILESTONE")
            .filter(FROM)
            .filter(TO)
            .ordered(FROM, TO)
            .filter("q", ValueType.text(), Condition.contains("title", "body"),
                    "Case-insensitive substring of the title or the body.", "간담회")
            .sort("date", "start date, then printed order; undated last", "dateFrom", "ord")
            .sort("title", null, "title")
            .sort("kind", null, "kind")
            .sortExample("-date")
            .build();

    @Inject
    AchievementSectionRepository sections;

    @Inject
    Provenances provenances;

    /** Achievements matching the filters, one page of them, each with its printed parts. */
    public Page<AchievementView> search(Selection selection, PageRequest page) {
        Page<Achievement> rows = Paging.page(this, "Achievement", selection, DEFAULT_SORT, Set.of("dateFrom"), page,
                achievement -> achievement.id, Function.identity());
        return rows.withRows(views(rows.rows()));
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
}
