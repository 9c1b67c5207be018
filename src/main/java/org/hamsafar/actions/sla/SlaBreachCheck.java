package org.hamsafar.actions.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CxCase;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code hamsafar.actions.sla.check-interval} (default one minute): records the breaches of
 * targets that are overdue and still running, and escalates each such breach once: an "escalated"
 * entry in the case's history and {@link org.hamsafar.actions.CaseEscalated}, in the transaction
 * that records the breach. Priority is not raised on escalation: it selects the targets, so raising
 * it would shorten the due times retroactively and breach the case again at once.
 *
 * <p>Each case is escalated in a transaction of its own, re-reading case and clock first: two
 * instances checking at once, or a reply arriving meanwhile, cannot cause a second or a needless
 * escalation.
 */
@Component
class SlaBreachCheck {
    private static final Logger log = LoggerFactory.getLogger(SlaBreachCheck.class);
    private static final int BATCH = 200;
    private final CaseSlaRepository repository;
    private final SlaClocks clocks;
    private final CaseService cases;
    private final WriteTransactions writes;
    private final Clock clock;

    SlaBreachCheck(CaseSlaRepository repository, SlaClocks clocks, CaseService cases, WriteTransactions writes, Clock clock) {
        this.repository = repository;
        this.clocks = clocks;
        this.cases = cases;
        this.writes = writes;
        this.clock = clock;
    }

    /** What one run did: clocks given to cases that had none, breaches escalated. */
    record Result(int adopted, int escalated) {
    }

    @Scheduled(fixedDelayString = "${hamsafar.actions.sla.check-interval:PT1M}",
            initialDelayString = "${hamsafar.actions.sla.check-interval:PT1M}")
    void scheduled() {
        try {
            Result result = run();
            if (result.adopted() + result.escalated() > 0) {
                log.info("SLA check: {} cases given a clock, {} breaches escalated", result.adopted(), result.escalated());
            }
        } catch (RuntimeException e) {
            log.error("SLA check failed; trying again next run", e);
        }
    }

    Result run() {
        return runAt(clock.instant());
    }

    /** One run as if the time were {@code now}. */
    Result runAt(Instant now) {
        int adopted = clocks.adoptCasesWithoutClock(now);
        int escalated = 0;
        long after = 0;
        while (true) {
            List<Long> ids = repository.overdueUnescalated(now, after, BATCH);
            for (long id : ids) {
                escalated += escalate(id, now);
            }
            if (ids.size() < BATCH) {
                return new Result(adopted, escalated);
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** Records and escalates the case's running, overdue, not yet escalated targets; returns how many. */
    int escalate(long caseId, Instant now) {
        return writes.run(() -> {
            CxCase aCase = cases.get(caseId);
            CaseSlaClock stored = repository.find(caseId).orElse(null);
            if (stored == null) {
                return 0;
            }
            CaseSlaClock judged = stored.judged(aCase, now);
            List<SlaTarget> missed = new ArrayList<>();
            for (SlaTarget target : SlaTarget.values()) {
                if (CaseSlaClock.running(aCase, target) && judged.breachedAt(target) != null && judged.escalatedAt(target) == null) {
                    missed.add(target);
                    judged = judged.escalated(target, now);
                }
            }
            if (!judged.equals(stored)) {
                repository.update(judged);
            }
            for (SlaTarget target : missed) {
                cases.recordEscalation(caseId, target.key(), judged.due(target), now);
            }
            return missed.size();
        });
    }
}
