package kr.civicdata.api.achievement;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A printed part of a best-practice case (현황 및 필요성, 추진사항, 결과 및 효과 ...) with its text. */
@Entity
@Table(name = "achievement_section")
@IdClass(AchievementSection.Key.class)
public class AchievementSection {

    @Id
    @Column(name = "achievement_id")
    public String achievementId;

    @Id
    public Integer ord;

    public String heading;

    public String text;

    /** The primary key: the achievement and the part's position in it. */
    public static class Key implements Serializable {

        public String achievementId;
        public Integer ord;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(achievementId, key.achievementId)
                    && Objects.equals(ord, key.ord);
        }

        @Override
        public int hashCode() {
            return Objects.hash(achievementId, ord);
        }
    }
}
