package org.hamsafar.actions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hamsafar.actions.rules.AlertRuleDirectory;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * Brings in cases that were worked before they reached this store (a history migrated from another
 * tool, a prepared demo company): each case with its past lifecycle, replayed through the case's own
 * state machine so that its stored times (first response, resolved, closed) follow from its steps,
 * and written with its history, its notes and, for cases a rule opened, the rule's match.
 *
 * <p>Nothing is published: what happened in the past notifies nobody now. SLA clocks are given to
 * these cases by the SLA check, which judges them against their real times. Each case's
 * {@code originRef} is its identity here: a case whose origin is already stored is skipped, so
 * bringing the same history in twice stores it once.
 */
@Service
public class CaseBackfill {
    private final CaseRepository cases;
    private final CaseOrigins origins;
    private final AlertRuleDirectory rules;
    private final WriteTransactions writes;
    private final Clock clock;

    CaseBackfill(CaseRepository cases, CaseOrigins origins, AlertRuleDirectory rules, WriteTransactions writes, Clock clock) {
        this.cases = cases;
        this.origins = origins;
        this.rules = rules;
        this.writes = writes;
        this.clock = clock;
    }

    /** One step in a past case's life, at a time after the case was opened, by an actor ("user:&lt;name&gt;", "system"). */
    public sealed interface Step permits Moved, Assigned, Outcome, Noted {
        Instant at();

        String actor();
    }

    /** The case moved to {@code state} (the state machine must allow it). */
    public record Moved(Instant at, String actor, CaseState state) implements Step {
    }

    /** The case was given to {@code assignee} (null: nobody). */
    public record Assigned(Instant at, String actor, String assignee) implements Step {
    }

    /** The root cause and the resolution were written down. */
    public record Outcome(Instant at, String actor, String rootCause, String resolution) implements Step {
    }

    /** A note was added. */
    public record Noted(Instant at, String actor, String text) implements Step {
    }

    /**
     * A past case. {@code originRef} is required ("response:&lt;id&gt;", "event:&lt;id&gt;"); with a
     * {@code ruleId}, the rule's match on that item is recorded too (item occurred at
     * {@code itemOccurredAt}, matched when the case was opened). Steps are applied in time order.
     */
    public record PastCase(Long customerId, String title, String description, CasePriority priority, String team, String assignee,
                           String origin, String originRef, Long ruleId, Instant itemOccurredAt, Instant createdAt, String createdBy,
                           List<Step> steps) {
        public PastCase {
            Objects.requireNonNull(originRef, "originRef");
            Objects.requireNonNull(createdAt, "createdAt");
            steps = steps.stream().sorted(java.util.Comparator.comparing(Step::at)).toList();
        }
    }

    /** What a backfill stored: the cases not stored before, and those skipped because their origin was. */
    public record Stored(int cases, int skipped) {
    }

    /**
     * Stores the cases in one write transaction. A case with a step before its creation or in the
     * future, or a move the state machine refuses, is refused before anything is written.
     */
    public Stored store(List<PastCase> past) {
        Instant now = clock.instant();
        List<Replayed> replayed = new ArrayList<>(past.size());
        for (int i = 0; i < past.size(); i++) {
            replayed.add(replay(past.get(i), i, now));
        }
        return writes.run(() -> {
            Set<String> known = new HashSet<>(origins.existing(past.stream().map(PastCase::originRef).toList()));
            int stored = 0;
            for (Replayed r : replayed) {
                if (!known.add(r.source().originRef())) {
                    continue;
                }
                write(r);
                stored++;
            }
            return new Stored(stored, past.size() - stored);
        });
    }

    /** A past case with its final state computed, and the history entries its steps make. */
    private record Replayed(PastCase source, CxCase last, List<Entry> history) {
    }

    /** One history entry a step makes (an outcome makes one for the root cause and one for the resolution). */
    private record Entry(Instant at, String actor, String change, String from, String to) {
    }

    private static Replayed replay(PastCase p, int index, Instant now) {
        if (p.createdAt().isAfter(now)) {
            throw InvalidInputException.of("[" + index + "].createdAt", "is in the future");
        }
        // The id is taken when the case is written; 0 stands for it until then.
        CxCase current = new CxCase(0, p.customerId(), p.title(), p.description(), CaseState.NEW,
                p.priority() == null ? CasePriority.NORMAL : p.priority(), p.team(), p.assignee(), p.origin(), p.originRef(),
                p.ruleId(), null, null, p.createdAt(), p.createdBy(), p.createdAt(), null, null, null);
        List<Entry> history = new ArrayList<>();
        for (Step step : p.steps()) {
            if (step.at().isBefore(p.createdAt()) || step.at().isAfter(now)) {
                throw InvalidInputException.of("[" + index + "].steps", "a step at " + step.at() + " is before the case was opened or in the future");
            }
            if (step instanceof Moved m) {
                if (!current.state().canMoveTo(m.state())) {
                    throw InvalidInputException.of("[" + index + "].steps", "a " + current.state().key() + " case cannot move to " + m.state().key());
                }
                history.add(new Entry(m.at(), m.actor(), "state", current.state().key(), m.state().key()));
                current = current.moveTo(m.state(), m.at());
            } else if (step instanceof Assigned a) {
                history.add(new Entry(a.at(), a.actor(), "assignee", current.assignee(), a.assignee()));
                current = current.assignTo(a.assignee(), a.at());
            } else if (step instanceof Outcome o) {
                if (!Objects.equals(o.rootCause(), current.rootCause())) {
                    history.add(new Entry(o.at(), o.actor(), "root_cause", current.rootCause(), o.rootCause()));
                }
                if (!Objects.equals(o.resolution(), current.resolution())) {
                    history.add(new Entry(o.at(), o.actor(), "resolution", null, o.resolution()));
                }
                current = current.withOutcome(o.rootCause(), o.resolution(), o.at());
            } else if (step instanceof Noted n) {
                history.add(new Entry(n.at(), n.actor(), "note", null, n.text()));
            }
        }
        return new Replayed(p, current, history);
    }

    private void write(Replayed r) {
        PastCase p = r.source();
        long id = cases.nextId();
        CxCase last = r.last();
        cases.insert(new CxCase(id, last.customerId(), last.title(), last.description(), last.state(), last.priority(), last.team(),
                last.assignee(), last.origin(), last.originRef(), last.ruleId(), last.rootCause(), last.resolution(), last.createdAt(),
                last.createdBy(), last.updatedAt(), last.firstResponseAt(), last.resolvedAt(), last.closedAt()));
        cases.addHistory(id, p.createdAt(), p.createdBy(), "created", null, CaseState.NEW.key());
        for (Step step : p.steps()) {
            if (step instanceof Noted n) {
                cases.addNote(id, n.actor(), n.at(), n.text());
            }
        }
        for (Entry e : r.history()) {
            cases.addHistory(id, e.at(), e.actor(), e.change(), e.from(), e.to());
        }
        if (p.ruleId() != null) {
            String kind = p.originRef().contains(":") ? p.originRef().substring(0, p.originRef().indexOf(':')) : "response";
            rules.recordPastTrigger(p.ruleId(), kind, p.originRef(), p.customerId(),
                    p.itemOccurredAt() == null ? p.createdAt() : p.itemOccurredAt(), p.createdAt(), id);
        }
    }
}
