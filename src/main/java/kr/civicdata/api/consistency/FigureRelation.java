package kr.civicdata.api.consistency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An arithmetic relation between printed figures, listed in data/figure_relations.csv. */
@Entity
@Immutable
@Table(name = "figure_relation")
public class FigureRelation {

    /** How the result is computed from the operands, in their order. */
    public enum Kind {
        /** The sum of all operands. */
        SUM,
        /** The first operand minus the others. */
        DIFFERENCE,
        /** The product of all operands. */
        PRODUCT,
        /** (first − second) ÷ second × 100, rounded half-up to the printed decimals. */
        GROWTH_RATE
    }

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    @Column(name = "dataset_id")
    public String datasetId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "result_figure_id")
    public String resultFigureId;

    /** Ids of the operand figures, in the order the kind needs. */
    @Column(name = "operand_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] operandIds;

    /** Decimals of the printed rate; null for the exact relations. */
    public Integer decimals;

    public String description;
}
