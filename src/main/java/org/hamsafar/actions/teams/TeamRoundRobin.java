package org.hamsafar.actions.teams;

import java.util.List;
import java.util.Optional;
import org.hamsafar.identity.Role;
import org.hamsafar.identity.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * Picks a team's next assignee: the first active member after the one assigned last, going round
 * the member list in order. Disabled users and names that no longer exist are skipped. Must run in
 * a write transaction: it records the pick in the team's row (one short update).
 */
@Component
class TeamRoundRobin {
    private final TeamRepository teams;
    private final UserAccounts users;

    TeamRoundRobin(TeamRepository teams, UserAccounts users) {
        this.teams = teams;
        this.users = users;
    }

    /** The next assignee of the team; null when the team does not exist or has no active member. */
    String next(String teamKey) {
        Optional<TeamRepository.StoredTeam> stored = teams.find(teamKey);
        if (stored.isEmpty()) {
            return null;
        }
        List<String> members = stored.get().team().members();
        int count = members.size();
        int start = start(members, stored.get().lastAssignee(), stored.get().lastPosition());
        for (int i = 0; i < count; i++) {
            int position = (start + i) % count;
            String candidate = members.get(position);
            // Viewers only read: a case given to one would wait for nobody.
            if (users.findByUsername(candidate).filter(u -> u.enabled() && u.role() != Role.VIEWER).isPresent()) {
                teams.advance(teamKey, candidate, position);
                return candidate;
            }
        }
        return null;
    }

    /**
     * Where to start looking: after the last assignee; if they have left the team since, at the
     * position they stood at (now held by whoever followed them); at the top for a fresh team.
     */
    static int start(List<String> members, String lastAssignee, Integer lastPosition) {
        if (members.isEmpty()) {
            return 0;
        }
        int last = lastAssignee == null ? -1 : members.indexOf(lastAssignee);
        if (last >= 0) {
            return (last + 1) % members.size();
        }
        return lastPosition == null ? 0 : Math.floorMod(lastPosition, members.size());
    }
}
