package kr.civicdata.api.government;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local government the data covers (광역 or 기초). */
@Entity
@Table(name = "government")
public class Government {

    @Id
    public String id;

    public String name;

    @Enumerated(EnumType.STRING)
    public GovernmentLevel level;

    @Column(name = "level_label")
    public String levelLabel;

    @Column(name = "admin_code")
    public String adminCode;

    @Column(name = "parent_id")
    public String parentId;
}
