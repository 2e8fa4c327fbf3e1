package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.util.List;

import kr.civicdata.api.catalog.ProvenanceView;
import kr.civicdata.api.money.AmountStatus;

/** Collects the facts of one check; {@link #build} compares and writes the view. */
final class CheckBuilder {

    private final String id;
    private final CheckKind kind;
    private String governmentId;
    private String datasetId;
    private CheckLocationView where;
    private String unit;
    private String unitLabel;
    private Integer precision;
    private BigDecimal published;
    private AmountStatus publishedStatus;
    private Arithmetic.Computed computed;
    private List<CheckPartView> parts = List.of();
    private String description;
    private String formula;

    private CheckBuilder(String id, CheckKind kind) {
        this.id = id;
        this.kind = kind;
    }

    static CheckBuilder check(String id, CheckKind kind) {
        return new CheckBuilder(id, kind);
    }

    CheckBuilder source(String governmentId, String datasetId) {
        this.governmentId = governmentId;
        this.datasetId = datasetId;
        return this;
    }

    CheckBuilder where(String table, String rowId, String rowLabel, String column, String columnLabel) {
        this.where = new CheckLocationView(table, rowId, rowLabel, column, columnLabel);
        return this;
    }

    CheckBuilder unit(String code, String label) {
        this.unit = code;
        this.unitLabel = label;
        return this;
    }

    CheckBuilder precision(Integer decimals) {
        this.precision = decimals;
        return this;
    }

    CheckBuilder published(BigDecimal value, AmountStatus status) {
        this.published = value;
        this.publishedStatus = status != null ? status : value == null ? AmountStatus.NONE : AmountStatus.AMOUNT;
        return this;
    }

    CheckBuilder computed(Arithmetic.Computed result, List<CheckPartView> from) {
        this.computed = result;
        this.parts = List.copyOf(from);
        return this;
    }

    CheckBuilder explained(String description, String formula) {
        this.description = description;
        this.formula = formula;
        return this;
    }

    String datasetId() {
        return datasetId;
    }

    ConsistencyCheckView build(ProvenanceView provenance) {
        CheckStatus status = Arithmetic.compare(published, publishedStatus, computed);
        BigDecimal difference = Arithmetic.difference(published, computed.value());
        return new ConsistencyCheckView(id, status, status.label(), kind, kind.label(), governmentId, datasetId, where,
                published, computed.value(), difference, unit, unitLabel, precision,
                publishedStatus, publishedStatus.label(), computed.status(), computed.status().label(),
                UnitCodes.toKrw(published, unit), UnitCodes.toKrw(computed.value(), unit),
                UnitCodes.toKrw(difference, unit), description, formula, parts, provenance);
    }
}
