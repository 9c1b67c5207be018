package org.hamsafar.actions.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/** Creates, replaces and deletes teams; every change is audited. */
@Service
class TeamAdministration {
    private final TeamRepository teams;
    private final RoutingRepository routing;
    private final WriteTransactions writes;
    private final AuditLog auditLog;
    private final Clock clock;

    TeamAdministration(TeamRepository teams, RoutingRepository routing, WriteTransactions writes, AuditLog auditLog, Clock clock) {
        this.teams = teams;
        this.routing = routing;
        this.writes = writes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The team after a save, and whether the save created it. */
    record Saved(TeamRepository.StoredTeam team, boolean created) {
    }

    Saved save(Team team) {
        String actor = Actors.current();
        return writes.run(() -> {
            Instant now = clock.instant();
            Optional<TeamRepository.StoredTeam> before = teams.find(team.key());
            if (before.isPresent()) {
                teams.update(team, now, actor);
            } else {
                teams.insert(team, now, actor);
            }
            auditLog.record(before.isPresent() ? "team_changed" : "team_created", "team:" + team.key(), describe(team));
            return new Saved(teams.find(team.key()).orElseThrow(), before.isEmpty());
        });
    }

    /**
     * Deletes a team. Refused while cases still being worked (new, acknowledged, in progress) or
     * routing rules name it: those would point at a team nobody can see. Resolved and closed
     * cases keep the key as their history.
     */
    void delete(String key) {
        writes.run(() -> {
            if (!teams.exists(key)) {
                throw new NotFoundException("No team " + key);
            }
            long openCases = teams.openCasesOf(key);
            long rules = routing.naming(key);
            if (openCases > 0 || rules > 0) {
                List<String> reasons = new ArrayList<>();
                if (openCases > 0) {
                    reasons.add(openCases + (openCases == 1 ? " open case names" : " open cases name") + " it");
                }
                if (rules > 0) {
                    reasons.add(rules + (rules == 1 ? " routing rule sends" : " routing rules send") + " cases to it");
                }
                throw new ConflictException("team_in_use", "Team " + key + " cannot be deleted: " + String.join(" and ", reasons)
                        + ". Move those cases to another team and change the routing first.");
            }
            teams.delete(key);
            auditLog.record("team_deleted", "team:" + key, null);
        });
    }

    private static String describe(Team team) {
        return "manager=" + (team.manager() == null ? "-" : team.manager()) + " members=" + String.join(",", team.members());
    }
}
