package kr.civicdata.api.achievement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated accomplishment, best-practice case, milestone, award or plan item, as a source document prints it. */
@Entity
@Table(name = "achievement")
public class Achievement {

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    @Column(name = "dataset_id")
    public String datasetId;

    @Column(name = "parent_id")
    public String parentId;

    @Enumerated(EnumType.STRING)
    public AchievementKind kind;

    /**
     * The word the source prints for the item (간담회, 현안회의 ...), sent as {@code printedLabel}; the label of the
     * kind is {@link AchievementKind#label()}.
     */
    @Column(name = "kind_label")
    public String printedLabel;

    public String title;

    public String body;

    @Column(name = "date_from")
    public LocalDate dateFrom;

    @Column(name = "date_to")
    public LocalDate dateTo;

    /** The coarser of the two ends' precisions: what the whole printed date can be trusted to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_from_precision")
    public DatePrecision dateFromPrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_to_precision")
    public DatePrecision dateToPrecision;

    @Column(name = "date_text")
    public String dateText;

    public String section;

    public Integer ord;
}
