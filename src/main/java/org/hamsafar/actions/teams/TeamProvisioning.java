package org.hamsafar.actions.teams;

import java.util.List;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Sets up teams and routing from outside the actions module (a prepared company, an installer)
 * with the same JSON and the same checks as {@code PUT /api/v1/teams/{key}} and
 * {@code PUT /api/v1/routing}, without overwriting what an admin has already set up.
 */
@Service
@NamedInterface("team-provisioning")
public class TeamProvisioning {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TeamDefinitionReader teamReader;
    private final RoutingRulesReader routingReader;
    private final TeamAdministration administration;
    private final RoutingRules routing;
    private final TeamRepository teams;
    private final RoutingRepository routingRules;
    private final WriteTransactions writes;

    TeamProvisioning(TeamDefinitionReader teamReader, RoutingRulesReader routingReader, TeamAdministration administration,
                     RoutingRules routing, TeamRepository teams, RoutingRepository routingRules, WriteTransactions writes) {
        this.teamReader = teamReader;
        this.routingReader = routingReader;
        this.administration = administration;
        this.routing = routing;
        this.teams = teams;
        this.routingRules = routingRules;
        this.writes = writes;
    }

    /**
     * Creates the team {@code key} from {@code json} (nameFa, nameEn, manager, members) unless a team
     * with that key exists; answers whether it created it. Invalid JSON or unknown users throw
     * {@link org.hamsafar.shared.InvalidInputException}.
     */
    public boolean createIfAbsent(String key, String json) {
        if (teams.exists(key)) {
            return false;
        }
        return administration.save(teamReader.read(key, JSON.readTree(json))).created();
    }

    /**
     * Sets the routing rules from {@code json} (an array of {@code {"when": {...}, "team": "..."}})
     * when there are none yet; answers whether it set them.
     */
    public boolean routeIfUnset(String json) {
        List<RoutingRule> rules = routingReader.read(JSON.readTree(json));
        return writes.run(() -> {
            if (!routingRules.all().isEmpty()) {
                return false;
            }
            routing.replace(rules);
            return true;
        });
    }

    /** The keys of all teams, in key order. */
    public List<String> keys() {
        return teams.all().stream().map(t -> t.team().key()).toList();
    }
}
