package org.hamsafar.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hamsafar.actions.CaseBackfill;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.actions.CaseState;
import org.hamsafar.feedback.QuestionType;
import org.hamsafar.feedback.ResponsesStored;

/**
 * The demo company's past detractor cases: one per NPS answer of 6 or less, opened by the
 * "Detractor follow-up" rule a few minutes after the answer, routed to the team the touchpoint
 * points at and worked the way a busy CX team works: most answered within hours and resolved within
 * hours to two days, then closed; some waiting on someone; a few never picked up. Late first
 * responses and slow resolutions make some of them miss their SLA. The same seed and responses
 * give the same cases.
 */
final class DemoCaseHistory {
    static final String TITLE = "پیگیری مشتری ناراضی";

    /** A demo team: its key, its manager and its members in round-robin order. */
    record DemoTeam(String key, String manager, List<String> members) {
    }

    private final long seed;
    private final Instant now;
    private final long ruleId;
    private final String ruleActor;
    private final Map<String, DemoTeam> teams;
    private final Map<String, Integer> turns = new java.util.HashMap<>();

    DemoCaseHistory(long seed, Instant now, long ruleId, String ruleName, Map<String, DemoTeam> teams) {
        this.seed = seed;
        this.now = now;
        this.ruleId = ruleId;
        this.ruleActor = "rule:" + ruleId + " (" + ruleName + ")";
        this.teams = teams;
    }

    /** The cases of the detractors among {@code responses} (oldest first), at most {@code max}, the newest kept. */
    List<CaseBackfill.PastCase> cases(List<ResponsesStored.Response> responses, int max) {
        List<ResponsesStored.Response> detractors = responses.stream()
                .filter(r -> r.customerId() != null)
                .filter(r -> r.score(QuestionType.NPS).map(s -> s.intValue() <= 6).orElse(false))
                .toList();
        List<ResponsesStored.Response> kept = detractors.subList(Math.max(0, detractors.size() - max), detractors.size());
        List<CaseBackfill.PastCase> cases = new ArrayList<>(kept.size());
        for (ResponsesStored.Response r : kept) {
            cases.add(pastCase(r));
        }
        return cases;
    }

    private CaseBackfill.PastCase pastCase(ResponsesStored.Response r) {
        Random random = new Random(seed * 1_000_003L + r.responseId().hashCode());
        String comment = comment(r);
        DemoTeam team = teams.get(teamFor(r.touchpoint(), comment, random));
        String assignee = next(team);
        String cause = pick(DemoCaseTexts.CAUSES_BY_TEAM.get(team.key()), random);
        Instant created = r.submittedAt().plusSeconds(60 + random.nextInt(180));
        List<CaseBackfill.Step> steps = new ArrayList<>();
        double fate = random.nextDouble();
        if (fate >= 0.05) {
            lifecycle(steps, random, team, assignee, cause, created, fate < 0.15);
        }
        // What has not happened yet by now is left out: the case stands where it is today.
        List<CaseBackfill.Step> happened = steps.stream().filter(s -> !s.at().isAfter(now)).toList();
        return new CaseBackfill.PastCase(r.customerId(), TITLE, description(r, comment), CasePriority.HIGH, team.key(), assignee,
                "rule", "response:" + r.responseId(), ruleId, r.submittedAt(), created, ruleActor, happened);
    }

    private void lifecycle(List<CaseBackfill.Step> steps, Random random, DemoTeam team, String assignee, String cause, Instant created,
                           boolean waiting) {
        String agent = user(assignee);
        Instant acknowledged = created.plus(firstResponseDelay(random));
        steps.add(new CaseBackfill.Moved(acknowledged, agent, CaseState.ACKNOWLEDGED));
        Instant noted = acknowledged.plus(minutes(random, 5, 40));
        steps.add(new CaseBackfill.Noted(noted, agent, pick(DemoCaseTexts.FIRST_NOTES.get(cause), random)));
        Instant working = noted.plusSeconds(60 + random.nextInt(600));
        steps.add(new CaseBackfill.Moved(working, agent, CaseState.IN_PROGRESS));
        if (random.nextDouble() < 0.1 && team.members().size() > 1) {
            // The manager hands the case to a colleague (a shift change, a specialist).
            String colleague = team.members().get((team.members().indexOf(assignee) + 1) % team.members().size());
            working = working.plus(minutes(random, 20, 180));
            steps.add(new CaseBackfill.Assigned(working, user(team.manager()), colleague));
            agent = user(colleague);
        }
        if (waiting) {
            steps.add(new CaseBackfill.Noted(working.plus(minutes(random, 60, 600)), agent, pick(DemoCaseTexts.WAITING_NOTES, random)));
            return;
        }
        Instant resolved = working.plus(resolutionDelay(random));
        steps.add(new CaseBackfill.Outcome(resolved.minusSeconds(60), agent, cause, pick(DemoCaseTexts.RESOLUTIONS.get(cause), random)));
        steps.add(new CaseBackfill.Moved(resolved, agent, CaseState.RESOLVED));
        if (random.nextDouble() < 0.85) {
            steps.add(new CaseBackfill.Moved(resolved.plus(minutes(random, 12 * 60, 72 * 60)), agent, CaseState.CLOSED));
        }
    }

    /** Mostly within the hour or two the SLA asks; sometimes the next morning. */
    private static Duration firstResponseDelay(Random random) {
        double p = random.nextDouble();
        return p < 0.7 ? minutes(random, 8, 90) : p < 0.9 ? minutes(random, 90, 240) : minutes(random, 240, 20 * 60);
    }

    /** Hours for most; a day or more when someone else (a bank, a warehouse) has to act. */
    private static Duration resolutionDelay(Random random) {
        double p = random.nextDouble();
        return p < 0.6 ? minutes(random, 45, 8 * 60) : p < 0.9 ? minutes(random, 8 * 60, 30 * 60) : minutes(random, 30 * 60, 60 * 60);
    }

    private static String teamFor(String touchpoint, String comment, Random random) {
        if ("delivery".equals(touchpoint)) {
            return "delivery";
        }
        boolean money = comment != null && (comment.contains("پول") || comment.contains("مرجوع") || comment.contains("پرداخت")
                || comment.toLowerCase(java.util.Locale.ROOT).contains("refund") || comment.toLowerCase(java.util.Locale.ROOT).contains("pay"));
        if (money || "checkout".equals(touchpoint) && random.nextDouble() < 0.5) {
            return "billing";
        }
        return "support";
    }

    private String next(DemoTeam team) {
        int turn = turns.merge(team.key(), 1, Integer::sum) - 1;
        return team.members().get(turn % team.members().size());
    }

    private static String comment(ResponsesStored.Response r) {
        return r.answers().entrySet().stream()
                .filter(a -> r.types().get(a.getKey()) == QuestionType.TEXT && a.getValue() instanceof String s && !s.isBlank())
                .map(a -> (String) a.getValue())
                .findFirst().orElse(null);
    }

    /** As the rule would have described the response: the score, the survey and the comment. */
    private static String description(ResponsesStored.Response r, String comment) {
        String text = "NPS " + r.score(QuestionType.NPS).orElseThrow() + "; "
                + (r.surveyName() == null ? "survey " + r.surveyId() : r.surveyName()) + (comment == null ? "" : ": " + comment);
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    private static String user(String username) {
        return "user:" + username;
    }

    private static Duration minutes(Random random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from));
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
