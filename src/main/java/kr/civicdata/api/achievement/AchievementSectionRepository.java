package kr.civicdata.api.achievement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Reads the printed parts of best-practice cases. */
@ApplicationScoped
public class AchievementSectionRepository implements PanacheRepositoryBase<AchievementSection, AchievementSection.Key> {

    /** The parts of every given achievement, in one query, by achievement id; an achievement without parts is absent. */
    public Map<String, List<AchievementSectionView>> byAchievement(Collection<String> achievementIds) {
        Map<String, List<AchievementSectionView>> result = new LinkedHashMap<>();
        if (achievementIds.isEmpty()) {
            return result;
        }
        for (AchievementSection section : list("achievementId in ?1", Sort.by("achievementId").and("ord"),
                achievementIds)) {
            result.computeIfAbsent(section.achievementId, id -> new ArrayList<>())
                    .add(AchievementSectionView.of(section));
        }
        return result;
    }
}
