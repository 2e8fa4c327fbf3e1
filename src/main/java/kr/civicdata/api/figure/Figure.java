package kr.civicdata.api.figure;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A figure printed in a source document (a headcount, a count, an amount, a rate), kept as printed. */
@Entity
@Table(name = "figure")
public class Figure {

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    @Column(name = "dataset_id")
    public String datasetId;

    public String section;

    public String label;

    public String qualifier;

    public BigDecimal value;

    @Column(name = "value_text")
    public String valueText;

    @Enumerated(EnumType.STRING)
    public FigureUnit unit;

    @Column(name = "unit_label")
    public String unitLabel;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "date_text")
    public String dateText;

    public int ord;
}
