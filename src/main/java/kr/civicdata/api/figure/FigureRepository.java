package kr.civicdata.api.figure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;

/** Reads figures, each with its provenance. */
@ApplicationScoped
public class FigureRepository implements PanacheRepositoryBase<Figure, String> {

    /**
     * The filters and sorts of /api/v1/figures, in HQL over the figure. A figure's ord counts within its dataset, so
     * {@code ord} sorts by dataset first and follows the printed order inside it.
     */
    public static final Filters FILTERS = Filters.builder()
            .filter("government", ValueType.id(), Condition.equal("governmentId"),
                    "Government id (see /api/v1/governments).", "seoul-seodaemun")
            .filter("dataset", ValueType.id(), Condition.equal("datasetId"), "Dataset id (see /api/v1/datasets).",
                    "seoul-report-2023-staffing")
            .filter("unit", ValueType.enumeration(FigureUnit.class), Condition.equal("unit"), "Unit of the figures.",
                    "HUNDRED_MILLION_KRW")
            .filter("q", ValueType.text(), Condition.contains("label"), "Case-insensitive substring of the label.",
                    "급")
            .range("minValue", "maxValue", ValueType.decimal(), "value",
                    "value (as printed, in the figure's unit; see the unit filter)", 100, 1000)
            .sort("ord", "printed order, dataset by dataset", "datasetId", "ord")
            .sort("label", null, "label")
            .sort("value", null, "value")
            .sortExample("-value")
            .build();

    @Inject
    Provenances provenances;

    /** Figures matching the filters, one page of them. */
    public Page<FigureView> search(Selection selection, PageRequest page) {
        return Paging.page(this, "Figure", selection, Sort.by("datasetId").and("ord"), Set.of("value"), page,
                figure -> figure.id, this::view);
    }

    /** One figure. */
    public Optional<FigureView> findView(String id) {
        return findByIdOptional(id).map(this::view);
    }

    /** The figures with these ids, in one query. */
    public List<Figure> withIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    private FigureView view(Figure figure) {
        return FigureView.of(figure, provenances.of(figure.datasetId));
    }
}
