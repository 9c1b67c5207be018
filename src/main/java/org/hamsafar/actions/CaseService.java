package org.hamsafar.actions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.Role;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.WriteTransactions;
import org.hamsafar.text.TextAnalysisService;
import org.hamsafar.text.TextToAnalyse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Opens, changes and annotates cases. Every change is written to the case's history with who
 * made it and when, in the same transaction as the change; {@link CaseOpened} and
 * {@link CaseChanged} are published inside that transaction, so what their listeners write
 * (SLA clocks, notifications in the outbox) commits with the change or not at all.
 */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final CustomerDirectory customers;
    private final UserAccounts users;
    private final TextAnalysisService textAnalysis;
    private final WriteTransactions writes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseService(CaseRepository cases, CustomerDirectory customers, UserAccounts users, TextAnalysisService textAnalysis,
                WriteTransactions writes, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.textAnalysis = textAnalysis;
        this.cases = cases;
        this.customers = customers;
        this.users = users;
        this.writes = writes;
        this.clock = clock;
    }

    /** What a new case needs; {@code origin} is manual, api or rule. */
    public record NewCase(Long customerId, String title, String description, CasePriority priority, String team, String assignee,
                          String origin, String originRef, Long ruleId) {
    }

    /** Changes to a case; null fields stay as they are. */
    public record CaseChanges(CaseState state, String assignee, String team, CasePriority priority, String rootCause,
                              String resolution) {
    }

    public CxCase open(NewCase request) {
        return open(request, Actors.current());
    }

    /** Opens a case on behalf of {@code actor} (an alert rule acts as "rule:&lt;id&gt;"). */
    public CxCase open(NewCase request, String actor) {
        Long customerId = request.customerId() == null ? null : customers.liveId(request.customerId())
                .orElseThrow(() -> InvalidInputException.of("customerId", "no customer " + request.customerId()));
        checkAssignee(request.assignee(), "assignee");
        Instant now = clock.instant();
        return writes.run(() -> {
            CxCase created = new CxCase(cases.nextId(), customerId, request.title(), request.description(), CaseState.NEW,
                    request.priority() == null ? CasePriority.NORMAL : request.priority(), request.team(), request.assignee(),
                    request.origin(), request.originRef(), request.ruleId(), null, null, now, actor, now, null, null, null);
            cases.insert(created);
            cases.addHistory(created.id(), now, actor, "created", null, created.state().key());
            events.publishEvent(new CaseOpened(created));
            return created;
        });
    }

    /** The case a rule opened for the customer (null: for no customer) that is still open (new, acknowledged or in progress), if any. */
    public java.util.Optional<CxCase> openCaseOfRule(Long customerId, long ruleId) {
        return cases.openOfRule(customerId, ruleId);
    }

    /** Records on an open case that its rule matched again ({@code itemRef}: what matched), instead of opening another case. */
    public void recordTrigger(long caseId, String actor, String itemRef) {
        writes.run(() -> cases.addHistory(caseId, clock.instant(), actor, "trigger", null, itemRef));
    }

    /**
     * Records that the case missed an SLA target ({@code breach}: first_response or resolution, due
     * at {@code due}): an "escalated" history entry by the system and {@link CaseEscalated}, in the
     * caller's write transaction (or a new one).
     */
    public void recordEscalation(long id, String breach, Instant due, Instant at) {
        writes.run(() -> {
            CxCase escalated = get(id);
            cases.addHistory(id, at, Actors.SYSTEM, "escalated", null, breach);
            events.publishEvent(new CaseEscalated(escalated, breach, due));
        });
    }

    public CxCase get(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("No case " + id));
    }

    public Page<CxCase> list(CaseFilter filter, Long beforeId, int limit) {
        List<CxCase> page = cases.list(filter, beforeId, limit + 1);
        String next = page.size() > limit ? Long.toString(page.get(limit - 1).id()) : null;
        return new Page<>(page.subList(0, Math.min(limit, page.size())), next);
    }

    /**
     * Applies the changes that differ from the case; a state change the state machine does not
     * allow throws {@link CxCase.TransitionRefused} and changes nothing.
     */
    public CxCase change(long id, CaseChanges changes) {
        return change(id, changes, Actors.current());
    }

    /**
     * Like {@link #change(long, CaseChanges)}, made by {@code actor} rather than whoever acts on this
     * thread (a customer who reopens the case through a follow-up survey).
     */
    public CxCase change(long id, CaseChanges changes, String actor) {
        checkAssignee(changes.assignee(), "assignee");
        return writes.run(() -> {
            CxCase current = get(id);
            Instant now = clock.instant();
            List<String[]> history = new ArrayList<>();
            CxCase changed = current;
            if (changes.state() != null && changes.state() != current.state()) {
                changed = changed.moveTo(changes.state(), now);
                history.add(new String[] {"state", current.state().key(), changes.state().key()});
            }
            if (changes.assignee() != null && !changes.assignee().equals(current.assignee())) {
                changed = changed.assignTo(changes.assignee().isEmpty() ? null : changes.assignee(), now);
                history.add(new String[] {"assignee", current.assignee(), changed.assignee()});
            }
            if (changes.team() != null && !changes.team().equals(current.team())) {
                changed = changed.withTeam(changes.team().isEmpty() ? null : changes.team(), now);
                history.add(new String[] {"team", current.team(), changed.team()});
            }
            if (changes.priority() != null && changes.priority() != current.priority()) {
                changed = changed.withPriority(changes.priority(), now);
                history.add(new String[] {"priority", current.priority().key(), changes.priority().key()});
            }
            boolean rootCause = changes.rootCause() != null && !Objects.equals(changes.rootCause(), current.rootCause());
            boolean resolution = changes.resolution() != null && !Objects.equals(changes.resolution(), current.resolution());
            if (rootCause || resolution) {
                changed = changed.withOutcome(rootCause ? changes.rootCause() : current.rootCause(),
                        resolution ? changes.resolution() : current.resolution(), now);
                if (rootCause) {
                    history.add(new String[] {"root_cause", current.rootCause(), changes.rootCause()});
                }
                if (resolution) {
                    history.add(new String[] {"resolution", null, changes.resolution()});
                }
            }
            if (changed != current) {
                cases.update(changed);
                for (String[] h : history) {
                    cases.addHistory(id, now, actor, h[0], h[1], h[2]);
                }
                events.publishEvent(new CaseChanged(current, changed, actor));
            }
            return changed;
        });
    }

    public CaseNote addNote(long id, String text) {
        String actor = Actors.current();
        return writes.run(() -> {
            Instant now = clock.instant();
            CxCase aCase = get(id);
            CaseNote note = cases.addNote(id, actor, now, text);
            cases.addHistory(id, now, actor, "note", null, text);
            // Agents write what customers said on the phone: analysed like every other customer text.
            textAnalysis.queue(List.of(new TextToAnalyse("case_note", Long.toString(note.id()), aCase.customerId(), null, null, now, text)));
            return note;
        });
    }

    /**
     * Records in the case's history, now and by {@code actor}, something done about the case that is
     * kept outside the case itself (a follow-up survey sent, withheld or answered); {@code change}
     * is a key of at most 16 characters.
     */
    public void recordInHistory(long id, String actor, String change, String from, String to) {
        writes.run(() -> {
            get(id);
            cases.addHistory(id, clock.instant(), actor, change, from, to);
        });
    }

    public List<CaseChange> history(long id) {
        return cases.history(id);
    }

    public List<CaseNote> notes(long id) {
        return cases.notes(id);
    }

    private void checkAssignee(String assignee, String field) {
        if (assignee != null && !assignee.isEmpty()) {
            UserAccount user = users.findByUsername(assignee).filter(UserAccount::enabled)
                    .orElseThrow(() -> InvalidInputException.of(field, "no active user named " + assignee));
            if (user.role() == Role.VIEWER) {
                throw InvalidInputException.of(field, assignee + " is a viewer: viewers cannot work cases");
            }
        }
    }
}
