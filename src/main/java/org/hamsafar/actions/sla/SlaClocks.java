package org.hamsafar.actions.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CxCase;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Component;

/** Starts, follows and recomputes cases' SLA clocks. */
@Component
class SlaClocks {
    private static final int BATCH = 200;
    private static final int MAX_ADOPT_BATCHES = 50;
    private final CaseSlaRepository clocks;
    private final SlaSettingsRepository settings;
    private final CaseService cases;
    private final WriteTransactions writes;
    private final Clock clock;

    SlaClocks(CaseSlaRepository clocks, SlaSettingsRepository settings, CaseService cases, WriteTransactions writes, Clock clock) {
        this.clocks = clocks;
        this.settings = settings;
        this.cases = cases;
        this.writes = writes;
        this.clock = clock;
    }

    /** A clock for a case just opened; runs in the opening's transaction. */
    void start(CxCase opened) {
        clocks.insert(CaseSlaClock.start(opened, settings.current(), clock.instant()));
    }

    /**
     * Follows a change of a case, in the change's transaction: a new priority recomputes the due
     * times from the case's creation; any other change may reach, stop or restart a target, so the
     * breaches are judged again.
     */
    void follow(CxCase before, CxCase after) {
        Optional<CaseSlaClock> existing = clocks.find(after.id());
        if (existing.isEmpty()) {
            start(after);
            return;
        }
        Instant now = clock.instant();
        CaseSlaClock current = existing.get();
        CaseSlaClock next = before.priority() != after.priority() || current.priority() != after.priority()
                ? current.recomputed(after, settings.current(), now)
                : current.judged(after, now);
        if (!next.equals(current)) {
            clocks.update(next);
        }
    }

    /** Recomputes the clocks of all cases not closed with {@code applied}; returns how many. */
    int recomputeOpen(SlaSettings applied) {
        int recomputed = 0;
        long after = 0;
        while (true) {
            List<Long> ids = clocks.openCasesWithClock(after, BATCH);
            Instant now = clock.instant();
            recomputed += writes.run(() -> {
                int done = 0;
                for (long id : ids) {
                    CxCase aCase = cases.get(id);
                    Optional<CaseSlaClock> existing = clocks.find(id);
                    if (existing.isPresent() && aCase.closedAt() == null) {
                        clocks.update(existing.get().recomputed(aCase, applied, now));
                        done++;
                    }
                }
                return done;
            });
            if (ids.size() < BATCH) {
                return recomputed;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /**
     * Gives clocks to cases that have none (opened before SLAs were introduced, or brought in by
     * {@link org.hamsafar.actions.CaseBackfill}), from their creation with the current settings;
     * returns how many. Breaches already past are recorded but not escalated: see
     * {@link CaseSlaClock#adopted}.
     */
    int adoptCasesWithoutClock(Instant now) {
        int adopted = 0;
        // Bounded per call, so a large backlog never holds up one check for long; the next run goes on.
        for (int batch = 0; batch < MAX_ADOPT_BATCHES; batch++) {
            List<Long> ids = clocks.casesWithoutClock(BATCH);
            SlaSettings current = settings.current();
            writes.run(() -> {
                for (long id : ids) {
                    clocks.insert(CaseSlaClock.adopted(cases.get(id), current, now));
                }
            });
            adopted += ids.size();
            if (ids.size() < BATCH) {
                break;
            }
        }
        return adopted;
    }
}
