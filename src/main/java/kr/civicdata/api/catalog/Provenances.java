package kr.civicdata.api.catalog;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The provenance of every dataset, held in memory: a handful of rows that every other row refers to, so that no
 * query joins them and no row costs an extra query. Reloaded with the data.
 */
@ApplicationScoped
public class Provenances {

    @Inject
    DatasetRepository datasets;

    private volatile Map<String, ProvenanceView> byDataset;

    void onLoaded(@Observes DataLoaded event) {
        byDataset = null;
    }

    /** The provenance of a dataset id; fails loudly for an id the catalog lacks (a data error). */
    public ProvenanceView of(String datasetId) {
        Map<String, ProvenanceView> current = byDataset;
        if (current == null) {
            current = QuarkusTransaction.requiringNew().call(() -> datasets.listAll().stream()
                    .collect(Collectors.toUnmodifiableMap(d -> d.id, ProvenanceView::of)));
            byDataset = current;
        }
        ProvenanceView provenance = current.get(datasetId);
        if (provenance == null) {
            throw new IllegalStateException("Dataset not in the catalog: " + datasetId);
        }
        return provenance;
    }
}
