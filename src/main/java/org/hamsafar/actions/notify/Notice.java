package org.hamsafar.actions.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an e-mail tells, independent of language: a {@code kind} and its parameters. The texts are
 * rendered in each recipient's language when the e-mail is queued.
 *
 * <p>Parameters by kind (all strings):
 * <ul>
 *   <li>{@code case_assigned}: {@code caseId}, {@code title}; optional {@code priority} (low, normal,
 *   high, urgent) and {@code assignedBy}.</li>
 *   <li>{@code case_escalated}: {@code caseId}, {@code title}, {@code breach} ({@code first_response} or
 *   {@code resolution}); optional {@code due} (an ISO-8601 instant), {@code team}, {@code priority}.</li>
 *   <li>{@code alert}: {@code rule} (the rule's name), optional {@code summary} (what matched) and
 *   {@code caseId} (the case it opened, linked).</li>
 * </ul>
 * Any parameter may also come per language as {@code name.fa} and {@code name.en} (e.g. a team's
 * Persian and English names); the recipient's variant is preferred to the plain one.
 */
public record Notice(String kind, Map<String, String> parameters) {
    public static final String CASE_ASSIGNED = "case_assigned";
    public static final String CASE_ESCALATED = "case_escalated";
    public static final String ALERT = "alert";

    /** The parameters each kind cannot do without. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            CASE_ASSIGNED, List.of("caseId", "title"),
            CASE_ESCALATED, List.of("caseId", "title", "breach"),
            ALERT, List.of("rule"));

    public static final Set<String> KINDS = REQUIRED.keySet();

    public Notice {
        if (kind == null || !REQUIRED.containsKey(kind)) {
            throw new IllegalArgumentException("Unknown notice kind " + kind + "; known: " + KINDS);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> {
                if (name != null && value != null) {
                    kept.put(name, value);
                }
            });
        }
        for (String name : REQUIRED.get(kind)) {
            if (!kept.containsKey(name) && !kept.containsKey(name + ".fa") && !kept.containsKey(name + ".en")) {
                throw new IllegalArgumentException("A " + kind + " notice needs the parameter " + name);
            }
        }
        parameters = Map.copyOf(kept);
    }

    /** A case was given to someone ({@code assignedBy}: who did it, may be null). */
    public static Notice caseAssigned(long caseId, String title, String priority, String assignedBy) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("caseId", Long.toString(caseId));
        p.put("title", title);
        p.put("priority", priority);
        p.put("assignedBy", assignedBy);
        return new Notice(CASE_ASSIGNED, p);
    }

    /** A case missed an SLA target; {@code teamNames} maps a language (fa, en) to the team's name. */
    public static Notice caseEscalated(long caseId, String title, String priority, String breach, Instant due, String team,
                                       Map<String, String> teamNames) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("caseId", Long.toString(caseId));
        p.put("title", title);
        p.put("priority", priority);
        p.put("breach", breach);
        p.put("due", due == null ? null : due.toString());
        p.put("team", team);
        if (teamNames != null) {
            teamNames.forEach((language, name) -> p.put("team." + language, name));
        }
        return new Notice(CASE_ESCALATED, p);
    }

    /** An alert rule matched; {@code caseId} is the case it opened or null. */
    public static Notice alert(String rule, String summary, Long caseId) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rule", rule);
        p.put("summary", summary);
        p.put("caseId", caseId == null ? null : Long.toString(caseId));
        return new Notice(ALERT, p);
    }

    /** The parameter in {@code language}, else the plain one, else null. */
    public String parameter(String name, String language) {
        String localized = parameters.get(name + "." + language);
        return localized != null ? localized : parameters.get(name);
    }
}
