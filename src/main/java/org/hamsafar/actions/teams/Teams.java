package org.hamsafar.actions.teams;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The teams that own cases, for the rest of the actions module (SLAs, notifications, alert rules). */
@Service
public class Teams {
    private final TeamRepository teams;

    Teams(TeamRepository teams) {
        this.teams = teams;
    }

    public Optional<Team> find(String key) {
        return key == null ? Optional.empty() : teams.find(key).map(TeamRepository.StoredTeam::team);
    }

    /** Every team, by key. */
    public List<Team> all() {
        return teams.all().stream().map(TeamRepository.StoredTeam::team).toList();
    }

    /** Keys of the teams the user is a member or the manager of, by key. */
    public List<String> teamsOf(String username) {
        return username == null ? List.of() : teams.keysOf(username);
    }
}
