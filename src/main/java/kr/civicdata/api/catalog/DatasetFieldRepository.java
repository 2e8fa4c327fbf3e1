package kr.civicdata.api.catalog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Reads the field dictionaries of the datasets. */
@ApplicationScoped
public class DatasetFieldRepository implements PanacheRepositoryBase<DatasetField, DatasetField.Key> {

    /** The field dictionary of one dataset, in its documented order. */
    public List<DatasetFieldView> dictionaryOf(String datasetId) {
        return list("datasetId", Sort.by("ord").and("resource").and("field"), datasetId).stream()
                .map(DatasetFieldView::of).toList();
    }
}
