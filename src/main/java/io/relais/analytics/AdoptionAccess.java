package io.relais.analytics;

import io.relais.people.TeamSummary;
import java.util.List;

/**
 * What the signed-in person may see: the whole company and every team (leadership,
 * administrators), or only the teams they lead.
 */
public record AdoptionAccess(boolean company, List<TeamSummary> teams) {

    public boolean any() {
        return company || !teams.isEmpty();
    }

    public boolean maySee(Long teamId) {
        return teamId == null ? company : teams.stream().anyMatch(team -> team.id() == teamId);
    }
}
