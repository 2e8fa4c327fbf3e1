package kr.civicdata.api.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;

/**
 * Recomputes every published figure that the documents' own figures determine, and compares. Nothing is cached here:
 * the answers are cached as representations, keyed by the data version.
 */
@ApplicationScoped
public class ConsistencyService {

    /** Sortable fields, by API name; status sorts MISMATCH before MATCH, kind by its code. */
    @SuppressWarnings("rawtypes")
    static final Map<String, Function<ConsistencyCheckView, Comparable>> SORT_KEYS = InMemoryPaging.keys(
            Map.entry("id", ConsistencyCheckView::id),
            Map.entry("status", ConsistencyCheckView::status),
            Map.entry("kind", check -> check.kind().name()),
            Map.entry("governmentId", ConsistencyCheckView::governmentId),
            Map.entry("datasetId", ConsistencyCheckView::datasetId),
            Map.entry("difference", ConsistencyCheckView::difference));

    private static final Comparator<ConsistencyCheckView> MISMATCHES_FIRST = Comparator
            .comparing(ConsistencyCheckView::status);

    private static final Filter<String> GOVERNMENT = Filter.applied("government", ValueType.id(),
            "Id of the government that published the figures.", "gwangju-seo");
    private static final Filter<String> DATASET = Filter.applied("dataset", ValueType.id(),
            "Id of the dataset (table or section of a source document).", "gwangju-seo-pledge-plan");
    private static final Filter<CheckStatus> STATUS = Filter.applied("status",
            ValueType.enumeration(CheckStatus.class),
            "MISMATCH (the published value differs from the computed one) or MATCH.", "MISMATCH");
    private static final Filter<CheckKind> KIND = Filter.applied("kind", ValueType.enumeration(CheckKind.class),
            "What is recomputed.", "GRAND_TOTAL");

    /** The filters and sorts of /api/v1/consistency, applied to the checks in memory ({@link #search}). */
    public static final Filters FILTERS = InMemoryPaging.sorts(SORT_KEYS, Filters.builder()
            .filter(GOVERNMENT)
            .filter(DATASET)
            .filter(STATUS)
            .filter(KIND))
            .sortNote("status sorts MISMATCH before MATCH.")
            .defaultSort("status,id")
            .sortExample("-difference")
            .build();

    @Inject
    PledgePlanChecks pledgePlans;

    @Inject
    ExecutionLineChecks executionLines;

    @Inject
    FigureRelationChecks figureRelations;

    @Inject
    Provenances provenances;

    /** Every check of the matching documents, in no particular order. */
    public List<ConsistencyCheckView> checks(String government, String dataset) {
        List<CheckBuilder> builders = new ArrayList<>();
        builders.addAll(pledgePlans.checks(government, dataset));
        builders.addAll(executionLines.checks(government, dataset));
        builders.addAll(figureRelations.checks(government, dataset));
        return builders.stream().map(builder -> builder.build(provenances.of(builder.datasetId()))).toList();
    }

    /** One page of the checks matching the filters; by default mismatches first, then by id. */
    public Page<ConsistencyCheckView> search(Selection selection, PageRequest page) {
        CheckStatus status = selection.get(STATUS);
        CheckKind kind = selection.get(KIND);
        List<ConsistencyCheckView> matching = checks(selection.get(GOVERNMENT), selection.get(DATASET)).stream()
                .filter(check -> status == null || check.status() == status)
                .filter(check -> kind == null || check.kind() == kind)
                .toList();
        return InMemoryPaging.page(matching, selection.sort(), SORT_KEYS, MISMATCHES_FIRST, ConsistencyCheckView::id,
                page);
    }

    /** Counts of all checks. */
    public ConsistencySummaryView summary() {
        List<ConsistencyCheckView> all = checks(null, null);
        long mismatch = all.stream().filter(check -> check.status() == CheckStatus.MISMATCH).count();
        List<String> mismatchIds = all.stream().filter(check -> check.status() == CheckStatus.MISMATCH)
                .map(ConsistencyCheckView::id).sorted().toList();
        List<ConsistencySummaryView.StatusCount> byStatus = Arrays.stream(CheckStatus.values())
                .map(status -> new ConsistencySummaryView.StatusCount(status, status.label(),
                        all.stream().filter(check -> check.status() == status).count()))
                .toList();
        List<ConsistencySummaryView.KindCount> byKind = Arrays.stream(CheckKind.values())
                .map(kind -> {
                    List<ConsistencyCheckView> ofKind = all.stream().filter(check -> check.kind() == kind).toList();
                    long kindMismatch = ofKind.stream().filter(check -> check.status() == CheckStatus.MISMATCH)
                            .count();
                    return new ConsistencySummaryView.KindCount(kind, kind.label(), ofKind.size(),
                            ofKind.size() - kindMismatch, kindMismatch);
                })
                .toList();
        return new ConsistencySummaryView(all.size(), all.size() - mismatch, mismatch, mismatchIds, byStatus,
                groupCounts(all, ConsistencyCheckView::governmentId), groupCounts(all, ConsistencyCheckView::datasetId),
                byKind);
    }

    private static List<ConsistencySummaryView.GroupCount> groupCounts(List<ConsistencyCheckView> all,
            Function<ConsistencyCheckView, String> group) {
        Map<String, List<ConsistencyCheckView>> grouped = all.stream()
                .collect(Collectors.groupingBy(group, TreeMap::new, Collectors.toList()));
        return grouped.entrySet().stream().map(entry -> {
            long mismatch = entry.getValue().stream().filter(check -> check.status() == CheckStatus.MISMATCH).count();
            return new ConsistencySummaryView.GroupCount(entry.getKey(), entry.getValue().size(),
                    entry.getValue().size() - mismatch, mismatch);
        }).toList();
    }
}
