package org.hamsafar.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.actions.CaseBackfill;
import org.hamsafar.actions.rules.AlertRuleDirectory;
import org.hamsafar.actions.teams.TeamProvisioning;
import org.hamsafar.feedback.ResponseHistory;
import org.hamsafar.identity.UserAccounts;
import org.springframework.stereotype.Service;

/**
 * Closing the loop in the demo company: its CX agents and analyst (dashboard users), its three
 * teams with their routing, three alert rules, and the cases of the last {@value #HISTORY_DAYS}
 * days' detractors as the team worked them. The demo's responses are loaded as history and never
 * pass the rules, so their cases are brought in as history too. Everything is added only where it
 * is missing: loading again changes nothing.
 */
@Service
class DemoClosedLoop {
    static final int HISTORY_DAYS = 180;
    static final int MAX_CASES = 300;
    static final String DETRACTOR_RULE = "Detractor follow-up";

    /** The demo's dashboard users: username, display name, role, language. */
    static final List<List<String>> USERS = List.of(
            List.of("sara.ahmadi", "سارا احمدی", "agent", "fa"),
            List.of("reza.karimi", "رضا کریمی", "agent", "fa"),
            List.of("maryam.hosseini", "مریم حسینی", "agent", "fa"),
            List.of("david.miller", "David Miller", "agent", "en"),
            List.of("neda.rahimi", "ندا رحیمی", "analyst", "fa"));

    static final Map<String, DemoCaseHistory.DemoTeam> TEAMS = teams();

    private static final Map<String, String[]> TEAM_NAMES = Map.of(
            "support", new String[] {"پشتیبانی", "Support"},
            "delivery", new String[] {"ارسال و پیک", "Delivery & couriers"},
            "billing", new String[] {"مالی", "Billing"});

    private static final String ROUTING = """
            [{"when": {"touchpoint": "support_line"}, "team": "support"},
             {"when": {"topic": "delivery"}, "team": "delivery"},
             {"when": {"topic": "refund_returns"}, "team": "billing"},
             {"when": {"topic": "billing"}, "team": "billing"}]""";

    /** The rules by name, in the JSON the alert-rule API takes. */
    static final Map<String, String> RULES = rules();

    private final UserAccounts users;
    private final TeamProvisioning teams;
    private final AlertRuleDirectory rules;
    private final ResponseHistory responses;
    private final CaseBackfill backfill;
    private final Clock clock;

    DemoClosedLoop(UserAccounts users, TeamProvisioning teams, AlertRuleDirectory rules, ResponseHistory responses, CaseBackfill backfill,
                   Clock clock) {
        this.users = users;
        this.teams = teams;
        this.rules = rules;
        this.responses = responses;
        this.backfill = backfill;
        this.clock = clock;
    }

    /** What a load added. */
    record Loaded(int users, int teams, int rules, int cases) {
    }

    Loaded load(long seed, String agentPassword) {
        int newUsers = 0;
        for (List<String> u : USERS) {
            if (users.findByUsername(u.get(0)).isEmpty()) {
                users.create(new UserAccounts.NewUser(u.get(0), u.get(1), null, agentPassword, u.get(2), u.get(3)));
                newUsers++;
            }
        }
        int newTeams = 0;
        for (DemoCaseHistory.DemoTeam team : TEAMS.values()) {
            if (teams.createIfAbsent(team.key(), teamJson(team))) {
                newTeams++;
            }
        }
        teams.routeIfUnset(ROUTING);
        int newRules = 0;
        List<String> existing = rules.names();
        for (Map.Entry<String, String> rule : RULES.entrySet()) {
            if (!existing.contains(rule.getKey())) {
                rules.create(rule.getValue());
                newRules++;
            }
        }
        long ruleId = rules.idOf(DETRACTOR_RULE).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        DemoCaseHistory history = new DemoCaseHistory(seed, now, ruleId, DETRACTOR_RULE, TEAMS);
        List<CaseBackfill.PastCase> past = history.cases(responses.between(now.minus(Duration.ofDays(HISTORY_DAYS)), now, 100_000),
                MAX_CASES);
        CaseBackfill.Stored stored = backfill.store(past);
        return new Loaded(newUsers, newTeams, newRules, stored.cases());
    }

    private static String teamJson(DemoCaseHistory.DemoTeam team) {
        String[] names = TEAM_NAMES.get(team.key());
        return "{\"nameFa\": \"" + names[0] + "\", \"nameEn\": \"" + names[1] + "\", \"manager\": \"" + team.manager()
                + "\", \"members\": [" + String.join(", ", team.members().stream().map(m -> "\"" + m + "\"").toList()) + "]}";
    }

    private static Map<String, DemoCaseHistory.DemoTeam> teams() {
        Map<String, DemoCaseHistory.DemoTeam> teams = new LinkedHashMap<>();
        teams.put("support", new DemoCaseHistory.DemoTeam("support", "sara.ahmadi", List.of("sara.ahmadi", "david.miller", "reza.karimi")));
        teams.put("delivery", new DemoCaseHistory.DemoTeam("delivery", "reza.karimi", List.of("reza.karimi", "maryam.hosseini")));
        teams.put("billing", new DemoCaseHistory.DemoTeam("billing", "maryam.hosseini", List.of("maryam.hosseini", "david.miller")));
        return teams;
    }

    private static Map<String, String> rules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put(DETRACTOR_RULE, """
                {"name": "Detractor follow-up", "enabled": true,
                 "when": {"all": [{"field": "answer.nps", "op": "<=", "value": 6}]},
                 "actions": [{"type": "open_case", "priority": "high", "title": "%s"},
                             {"type": "tag_customer", "tag": "detractor"}]}""".formatted(DemoCaseHistory.TITLE));
        rules.put("Repeat callers", """
                {"name": "Repeat callers", "enabled": true,
                 "when": {"all": [{"field": "event.type", "op": "=", "value": "call_ended"},
                                  {"field": "event.touchpoint", "op": "=", "value": "support_line"},
                                  {"field": "event.count", "op": ">=", "value": 3, "window": "7d",
                                   "match": {"type": "call_ended", "touchpoint": "support_line"}}]},
                 "actions": [{"type": "open_case", "priority": "urgent", "team": "support", "title": "مشتری بارها تماس گرفته"}]}""");
        rules.put("Angry about refunds", """
                {"name": "Angry about refunds", "enabled": true,
                 "when": {"all": [{"field": "text.topic.refund_returns", "op": "=", "value": "negative"}]},
                 "actions": [{"type": "open_case", "priority": "high", "team": "billing", "title": "نارضایتی از بازگشت وجه"}]}""");
        return rules;
    }
}
