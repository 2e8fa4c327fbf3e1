package kr.civicdata.api.figure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

/** Reads figures, each with its provenance. */
@ApplicationScoped
public class FigureRepository implements PanacheRepositoryBase<Figure, String> {

    /** The API's sort fields; {@code ord} is the printed order, datasets kept together (see {@link #sort}). */
    public static final Map<String, String> SORTS = Map.of("ord", "ord", "label", "label", "value", "value");

    @Inject
    Provenances provenances;

    /** Figures matching the filters, one page of them. */
    public Page<FigureView> search(String government, String dataset, FigureUnit unit, String q,
            List<SortField> sort, PageRequest page) {
        Where where = new Where().eq("governmentId", government).eq("datasetId", dataset).eq("unit", unit)
                .contains("label", q);
        return Paging.page(find(where.query(), sort(sort), where.parameters()), page, this::view);
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

    /**
     * The requested sort, else document order. A figure's ord counts within its dataset, so ordering by it keeps
     * each dataset together and follows the printed order inside it.
     */
    private static Sort sort(List<SortField> requested) {
        List<SortField> expanded = requested.stream()
                .flatMap(field -> field.name().equals("ord")
                        ? Stream.of(new SortField(field.name(), "datasetId", field.descending()), field)
                        : Stream.of(field))
                .toList();
        return Where.sort(expanded, Sort.by("datasetId").and("ord"), "id");
    }
}
