package org.hamsafar.actions.teams;

import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives a new case its team and assignee. The team is the one asked for, else the team of the first
 * routing rule that matches, else none; the assignee is the team's next active member in
 * round-robin order, or none.
 */
@Service
public class CaseRouting {
    private static final Logger log = LoggerFactory.getLogger(CaseRouting.class);
    private final RoutingRepository rules;
    private final TeamRepository teams;
    private final TeamRoundRobin roundRobin;
    private final WriteTransactions writes;

    CaseRouting(RoutingRepository rules, TeamRepository teams, TeamRoundRobin roundRobin, WriteTransactions writes) {
        this.rules = rules;
        this.teams = teams;
        this.roundRobin = roundRobin;
        this.writes = writes;
    }

    /**
     * Routes a case. {@code requestedTeam} (null or blank: none) wins over the routing rules; a
     * requested team that does not exist stays the case's team, without an assignee.
     *
     * <p>Call it inside the write transaction that opens the case: the round-robin position is
     * advanced there (one row update), so it moves only if the case is stored. Without a
     * transaction it runs in one of its own.
     */
    public Assignment route(RoutingContext context, String requestedTeam) {
        RoutingContext facts = context == null ? new RoutingContext(null, null, null, null) : context;
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return assign(facts, requestedTeam);
        }
        return writes.run(() -> assign(facts, requestedTeam));
    }

    private Assignment assign(RoutingContext context, String requestedTeam) {
        String team = requestedTeam != null && !requestedTeam.isBlank() ? requestedTeam.strip() : firstMatch(context);
        if (team == null) {
            return new Assignment(null, null);
        }
        if (!teams.exists(team)) {
            log.warn("A case was routed to team {}, which does not exist; it stays without an assignee", team);
            return new Assignment(team, null);
        }
        return new Assignment(team, roundRobin.next(team));
    }

    private String firstMatch(RoutingContext context) {
        return rules.all().stream().filter(rule -> rule.matches(context)).map(RoutingRule::team).findFirst().orElse(null);
    }
}
