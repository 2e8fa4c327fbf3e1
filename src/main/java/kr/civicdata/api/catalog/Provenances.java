package kr.civicdata.api.catalog;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.civicdata.api.web.representation.DataVersion;

/**
 * The provenance of every dataset, held in memory: a handful of rows that every other row refers to, so that no
 * query joins them and no row costs an extra query. Kept with the generation of the data it was read under
 * ({@link DataVersion.Snapshot#derived}), so that a new version of the data, whichever process loaded it, is never
 * given the old provenance.
 */
@ApplicationScoped
public class Provenances {

    @Inject
    DatasetRepository datasets;

    @Inject
    DataVersion dataVersion;

    /**
     * The provenance of a dataset id, in the generation of the data the current answer is built under. An id the
     * catalog lacks means the database changed after the catalog was read (every row's dataset is a foreign key): the
     * answer is then built again under a new generation ({@link DataVersion#stale}), never failed.
     */
    public ProvenanceView of(String datasetId) {
        DataVersion.Snapshot data = dataVersion.reading();
        ProvenanceView provenance = data.derived(Provenances.class, () -> read(data)).get(datasetId);
        if (provenance == null) {
            throw dataVersion.stale(data, "Dataset " + datasetId + " not in the catalog");
        }
        return provenance;
    }

    /**
     * In a snapshot that holds the generation's data version ({@link DataVersion#build}): the transaction of the build
     * that asks first, or, when that build reads without one ({@link DataVersion#buildConfirmed}), one of its own. The
     * catalog is of that version, as the rows it is given to are.
     */
    private Map<String, ProvenanceView> read(DataVersion.Snapshot data) {
        return dataVersion.build(data, () -> datasets.listAll().stream()
                .collect(Collectors.toUnmodifiableMap(d -> d.id, ProvenanceView::of)));
    }
}
