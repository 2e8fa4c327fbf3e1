package kr.civicdata.api.consistency;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A figure printed in the text of a document (003, 004), as the relation checks read it. */
@Entity
@Immutable
@Table(name = "figure")
public class FigureRow {

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    @Column(name = "dataset_id")
    public String datasetId;

    public String label;

    public String qualifier;

    /** Null where the source printed {@code -}. */
    public BigDecimal value;

    @Column(name = "value_text")
    public String valueText;

    public String unit;

    @Column(name = "unit_label")
    public String unitLabel;
}
