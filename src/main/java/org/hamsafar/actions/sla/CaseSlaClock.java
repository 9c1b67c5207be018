package org.hamsafar.actions.sla;

import java.time.Instant;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.actions.CxCase;

/**
 * One case's SLA clock as stored. Both targets run from the case's creation in working time.
 *
 * <p>What stops a target: the first response stops at {@code firstResponseAt}, the resolution at
 * {@code resolvedAt}; closing the case without them stops them too (met or not is then decided by
 * whether the closing was on time). Reopening clears {@code resolvedAt}, so the resolution clock
 * runs again against the same due time: a case that was "resolved" on time but came back is
 * measured by when it was really resolved, which also keeps early resolving from gaming the SLA.
 *
 * <p>A breach, once recorded, stays (a late reply stays late); only a recomputation (a priority
 * change, or new settings applied to open cases) re-judges the targets against the new due times.
 * Escalation times always stay, so each target of a case is escalated at most once.
 *
 * <p>{@code adoptedAt} is set on a clock given later to a case that had none ({@link #adopted}):
 * the targets it had already missed then are recorded as breached at their due times and settled
 * without notice, their escalation time being {@code adoptedAt} ({@link #escalatedWithoutNotice}).
 */
record CaseSlaClock(long caseId, CasePriority priority, int firstResponseMinutes, int resolutionMinutes, Instant startedAt,
                    Instant firstResponseDue, Instant resolutionDue, Instant firstResponseBreachedAt, Instant resolutionBreachedAt,
                    Instant firstResponseEscalatedAt, Instant resolutionEscalatedAt, Instant computedAt, Instant adoptedAt) {

    /** A new clock for the case's current priority, due times computed from its creation, judged as of {@code now}. */
    static CaseSlaClock start(CxCase aCase, SlaSettings settings, Instant now) {
        return computed(aCase, settings, now, null, null, null);
    }

    /**
     * A clock for a case that had none (opened before SLAs existed, or brought in by a backfill),
     * judged as of {@code now}: the breaches that already happened are recorded with their due times
     * and, where the target still runs, marked escalated at {@code now} without notice, so that the
     * breach check escalates only the breaches that happen after adoption. Announcing long-past
     * breaches all at once (history entries, webhooks, e-mails to managers) would tell nobody
     * anything new, and a backfill promises to notify nobody.
     */
    static CaseSlaClock adopted(CxCase aCase, SlaSettings settings, Instant now) {
        CaseSlaClock clock = computed(aCase, settings, now, null, null, now);
        for (SlaTarget target : SlaTarget.values()) {
            if (running(aCase, target) && clock.breachedAt(target) != null) {
                clock = clock.escalated(target, now);
            }
        }
        return clock;
    }

    /** The clock for the case's current priority and the given settings, keeping the escalations. */
    CaseSlaClock recomputed(CxCase aCase, SlaSettings settings, Instant now) {
        return computed(aCase, settings, now, firstResponseEscalatedAt, resolutionEscalatedAt, adoptedAt);
    }

    /** Whether the target was settled when the clock was adopted, its breach then already past: nobody was told. */
    boolean escalatedWithoutNotice(SlaTarget target) {
        return adoptedAt != null && adoptedAt.equals(escalatedAt(target));
    }

    private static CaseSlaClock computed(CxCase aCase, SlaSettings settings, Instant now, Instant firstEscalated,
                                         Instant resolutionEscalated, Instant adoptedAt) {
        SlaPolicy policy = settings.policy(aCase.priority());
        BusinessCalendar calendar = settings.calendar();
        Instant start = aCase.createdAt();
        CaseSlaClock clock = new CaseSlaClock(aCase.id(), aCase.priority(), policy.firstResponseMinutes(), policy.resolutionMinutes(),
                start, calendar.plusWorkingMinutes(start, policy.firstResponseMinutes()),
                calendar.plusWorkingMinutes(start, policy.resolutionMinutes()), null, null, firstEscalated, resolutionEscalated, now,
                adoptedAt);
        return clock.judged(aCase, now);
    }

    /** This clock with the breaches that the case shows as of {@code now} recorded (existing ones kept). */
    CaseSlaClock judged(CxCase aCase, Instant now) {
        Instant firstBreach = firstResponseBreachedAt == null && state(aCase, SlaTarget.FIRST_RESPONSE, now) == SlaState.BREACHED
                ? firstResponseDue : firstResponseBreachedAt;
        Instant resolutionBreach = resolutionBreachedAt == null && state(aCase, SlaTarget.RESOLUTION, now) == SlaState.BREACHED
                ? resolutionDue : resolutionBreachedAt;
        return new CaseSlaClock(caseId, priority, firstResponseMinutes, resolutionMinutes, startedAt, firstResponseDue, resolutionDue,
                firstBreach, resolutionBreach, firstResponseEscalatedAt, resolutionEscalatedAt, computedAt, adoptedAt);
    }

    CaseSlaClock escalated(SlaTarget target, Instant at) {
        return new CaseSlaClock(caseId, priority, firstResponseMinutes, resolutionMinutes, startedAt, firstResponseDue, resolutionDue,
                firstResponseBreachedAt, resolutionBreachedAt, target == SlaTarget.FIRST_RESPONSE ? at : firstResponseEscalatedAt,
                target == SlaTarget.RESOLUTION ? at : resolutionEscalatedAt, computedAt, adoptedAt);
    }

    Instant due(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponseDue : resolutionDue;
    }

    Instant breachedAt(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponseBreachedAt : resolutionBreachedAt;
    }

    Instant escalatedAt(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponseEscalatedAt : resolutionEscalatedAt;
    }

    /** Whether the target still runs: neither reached nor stopped by closing. */
    static boolean running(CxCase aCase, SlaTarget target) {
        return reachedAt(aCase, target) == null && aCase.closedAt() == null;
    }

    /** When the case reached the target (answered, resolved), or null. */
    static Instant reachedAt(CxCase aCase, SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? aCase.firstResponseAt() : aCase.resolvedAt();
    }

    /** The target's state as of {@code now}; due at exactly the due time is still on time. */
    SlaState state(CxCase aCase, SlaTarget target, Instant now) {
        Instant due = due(target);
        Instant reached = reachedAt(aCase, target);
        Instant stopped = reached != null ? reached : aCase.closedAt();
        boolean late = stopped != null ? stopped.isAfter(due) : now.isAfter(due);
        if (late || breachedAt(target) != null) {
            return SlaState.BREACHED;
        }
        if (reached != null) {
            return SlaState.MET;
        }
        return stopped != null ? SlaState.CANCELLED : SlaState.PENDING;
    }
}
