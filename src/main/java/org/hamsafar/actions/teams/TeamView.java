package org.hamsafar.actions.teams;

import java.time.Instant;
import java.util.List;

/**
 * A team as the API shows it. {@code inactive} lists the manager or members who are no longer
 * active users (routing skips them); {@code lastAssignee} is where the round-robin stands.
 */
record TeamView(String key, String nameFa, String nameEn, String manager, List<String> members, List<String> inactive,
                String lastAssignee, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static TeamView of(TeamRepository.StoredTeam stored, List<String> inactive) {
        Team team = stored.team();
        return new TeamView(team.key(), team.nameFa(), team.nameEn(), team.manager(), team.members(), inactive,
                stored.lastAssignee(), stored.createdAt(), stored.createdBy(), stored.updatedAt(), stored.updatedBy());
    }
}
