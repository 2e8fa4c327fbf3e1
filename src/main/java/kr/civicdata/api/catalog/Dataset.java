package kr.civicdata.api.catalog;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One table or section of a source document, with where it was published and in which unit. */
@Entity
@Table(name = "dataset")
public class Dataset {

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    public String title;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_section")
    public String sourceSection;

    public String publisher;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "as_of_text")
    public String asOfText;

    @Column(name = "period_text")
    public String periodText;

    public String unit;

    @Column(name = "unit_label")
    public String unitLabel;

    @Column(name = "licence_note")
    public String licenceNote;

    public String description;
}
