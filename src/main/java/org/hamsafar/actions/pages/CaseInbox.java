package org.hamsafar.actions.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hamsafar.actions.CaseFilter;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CaseState;
import org.hamsafar.actions.CxCase;
import org.hamsafar.actions.sla.CaseSlas;
import org.hamsafar.actions.sla.SlaStatus;
import org.hamsafar.actions.teams.Teams;
import org.hamsafar.shared.Cursors;
import org.springframework.stereotype.Component;

/**
 * The inbox's lists, newest case first, {@link #PAGE_SIZE} at a time. A view that spans several
 * teams or states is the union of one keyset-paged query per team and state: each query returns
 * its newest cases below the cursor, and the newest of their union are the page.
 */
@Component
class CaseInbox {
    static final int PAGE_SIZE = 50;
    private final CaseService cases;
    private final CaseSlas slas;
    private final Teams teams;
    private final DisplayNames names;
    private final Clock clock;

    CaseInbox(CaseService cases, CaseSlas slas, Teams teams, DisplayNames names, Clock clock) {
        this.cases = cases;
        this.slas = slas;
        this.teams = teams;
        this.names = names;
        this.clock = clock;
    }

    /** A page of rows, the cursor of the next page (null on the last), and the teams the user belongs to. */
    record InboxPage(List<CaseRow> rows, String nextCursor, List<String> myTeams) {
    }

    InboxPage page(InboxQuery query, String username, String language) {
        List<String> myTeams = teams.teamsOf(username);
        List<CaseFilter> filters = filters(query, username, myTeams);
        TreeMap<Long, CxCase> newestFirst = new TreeMap<>((a, b) -> Long.compare(b, a));
        for (CaseFilter filter : filters) {
            for (CxCase aCase : cases.list(filter, query.before(), PAGE_SIZE + 1).items()) {
                newestFirst.put(aCase.id(), aCase);
            }
        }
        List<CxCase> page = new ArrayList<>(newestFirst.values());
        String next = null;
        if (page.size() > PAGE_SIZE) {
            page = page.subList(0, PAGE_SIZE);
            next = Cursors.encode(Long.toString(page.get(PAGE_SIZE - 1).id()));
        }
        return new InboxPage(rows(page, language), next, myTeams);
    }

    private static List<CaseFilter> filters(InboxQuery query, String username, List<String> myTeams) {
        List<String> teamKeys = new ArrayList<>();
        if (query.tab() == InboxTab.TEAMS) {
            if (myTeams.isEmpty()) {
                return List.of();
            }
            teamKeys.addAll(myTeams);
        } else {
            teamKeys.add(null);
        }
        List<CaseState> states = query.states().isEmpty() ? java.util.Collections.singletonList(null) : query.states();
        String assignee = query.tab() == InboxTab.MINE ? username : null;
        Boolean breached = query.tab() == InboxTab.BREACHED ? Boolean.TRUE : null;
        Boolean assigned = query.tab() == InboxTab.UNASSIGNED ? Boolean.FALSE : null;
        List<CaseFilter> filters = new ArrayList<>();
        for (String team : teamKeys) {
            for (CaseState state : states) {
                filters.add(new CaseFilter(null, state, team, assignee, query.priority(), breached, assigned));
            }
        }
        return filters;
    }

    private List<CaseRow> rows(List<CxCase> page, String language) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, SlaStatus> sla = slas.statuses(page);
        Map<String, String> users = names.users();
        Map<String, String> teamNames = names.teams(language);
        Map<Long, String> customers = names.customers(page.stream().map(CxCase::customerId).toList());
        Instant now = clock.instant();
        List<CaseRow> rows = new ArrayList<>(page.size());
        for (CxCase c : page) {
            SlaStatus status = sla.get(c.id());
            String target = null;
            java.time.Instant due = null;
            Long left = null;
            if (status != null && status.firstResponseMinutesLeft() != null) {
                target = "first_response";
                due = status.firstResponseDue();
                left = status.firstResponseMinutesLeft();
            } else if (status != null && status.resolutionMinutesLeft() != null) {
                target = "resolution";
                due = status.resolutionDue();
                left = status.resolutionMinutesLeft();
            }
            Instant end = c.closedAt() != null ? c.closedAt() : c.resolvedAt() != null ? c.resolvedAt() : now;
            rows.add(new CaseRow(c.id(), c.title(), c.customerId(), c.customerId() == null ? null : customers.get(c.customerId()),
                    c.priority().key(), c.state().key(), c.team(), c.team() == null ? null : teamNames.getOrDefault(c.team(), c.team()),
                    c.assignee(), c.assignee() == null ? null : users.getOrDefault(c.assignee(), c.assignee()),
                    CaseAge.of(Duration.between(c.createdAt(), end)), c.createdAt(), target, due, left,
                    status != null && (status.breached() || status.firstResponseBreachedAt() != null
                            || status.resolutionBreachedAt() != null), status != null));
        }
        return rows;
    }
}
