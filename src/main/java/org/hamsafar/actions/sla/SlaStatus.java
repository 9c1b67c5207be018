package org.hamsafar.actions.sla;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case's SLA as of {@code asOf}: the policy (priority) and targets that apply, when each target
 * falls due, where it stands and, while it runs, the working minutes left (negative: overdue by
 * that much working time). {@code escalatedAt} is the latest escalation of either target.
 */
public record SlaStatus(long caseId, String policy, int firstResponseMinutes, int resolutionMinutes,
                        Instant firstResponseDue, Instant resolutionDue, SlaState firstResponse, SlaState resolution,
                        Long firstResponseMinutesLeft, Long resolutionMinutesLeft,
                        Instant firstResponseBreachedAt, Instant resolutionBreachedAt,
                        Instant firstResponseEscalatedAt, Instant resolutionEscalatedAt, Instant asOf) {

    public boolean firstResponseBreached() {
        return firstResponse == SlaState.BREACHED;
    }

    public boolean resolutionBreached() {
        return resolution == SlaState.BREACHED;
    }

    public boolean breached() {
        return firstResponseBreached() || resolutionBreached();
    }

    public Instant escalatedAt() {
        if (firstResponseEscalatedAt == null) {
            return resolutionEscalatedAt;
        }
        return resolutionEscalatedAt == null || firstResponseEscalatedAt.isAfter(resolutionEscalatedAt)
                ? firstResponseEscalatedAt : resolutionEscalatedAt;
    }

    /** The {@code sla} object of the case API. */
    public Map<String, Object> asJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy", policy);
        out.put("firstResponseMinutes", firstResponseMinutes);
        out.put("resolutionMinutes", resolutionMinutes);
        out.put("firstResponseDue", text(firstResponseDue));
        out.put("resolutionDue", text(resolutionDue));
        out.put("firstResponseStatus", firstResponse.key());
        out.put("resolutionStatus", resolution.key());
        out.put("firstResponseBreached", firstResponseBreached());
        out.put("resolutionBreached", resolutionBreached());
        out.put("firstResponseMinutesLeft", firstResponseMinutesLeft);
        out.put("resolutionMinutesLeft", resolutionMinutesLeft);
        out.put("firstResponseBreachedAt", text(firstResponseBreachedAt));
        out.put("resolutionBreachedAt", text(resolutionBreachedAt));
        out.put("firstResponseEscalatedAt", text(firstResponseEscalatedAt));
        out.put("resolutionEscalatedAt", text(resolutionEscalatedAt));
        out.put("escalatedAt", text(escalatedAt()));
        out.put("asOf", text(asOf));
        return out;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
