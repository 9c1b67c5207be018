package org.hamsafar.actions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.WriteTransactions;
import org.hamsafar.text.TextAnalysisService;
import org.hamsafar.text.TextToAnalyse;
import org.springframework.stereotype.Service;

/**
 * Opens, changes and annotates cases. Every change is written to the case's history with who
 * made it and when, in the same transaction as the change.
 */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final CustomerDirectory customers;
    private final UserAccounts users;
    private final TextAnalysisService textAnalysis;
    private final WriteTransactions writes;
    private final Clock clock;

    CaseService(CaseRepository cases, CustomerDirectory customers, UserAccounts users, TextAnalysisService textAnalysis,
                WriteTransactions writes, Clock clock) {
        this.textAnalysis = textAnalysis;
        this.cases = cases;
        this.customers = customers;
        this.users = users;
        this.writes = writes;
        this.clock = clock;
    }

    /** What a new case needs; {@code origin} is manual, api or rule. */
    public record NewCase(Long customerId, String title, String description, CasePriority priority, String team, String assignee,
                          String origin, String originRef) {
    }

    /** Changes to a case; null fields stay as they are. */
    public record CaseChanges(CaseState state, String assignee, String team, CasePriority priority, String rootCause,
                              String resolution) {
    }

    public CxCase open(NewCase request) {
        Long customerId = request.customerId() == null ? null : customers.liveId(request.customerId())
                .orElseThrow(() -> InvalidInputException.of("customerId", "no customer " + request.customerId()));
        checkAssignee(request.assignee(), "assignee");
        Instant now = clock.instant();
        String actor = Actors.current();
        return writes.run(() -> {
            CxCase created = new CxCase(cases.nextId(), customerId, request.title(), request.description(), CaseState.NEW,
                    request.priority() == null ? CasePriority.NORMAL : request.priority(), request.team(), request.assignee(),
                    request.origin(), request.originRef(), null, null, now, actor, now, null, null, null);
            cases.insert(created);
            cases.addHistory(created.id(), now, actor, "created", null, created.state().key());
            return created;
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
        checkAssignee(changes.assignee(), "assignee");
        String actor = Actors.current();
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

    public List<CaseChange> history(long id) {
        return cases.history(id);
    }

    public List<CaseNote> notes(long id) {
        return cases.notes(id);
    }

    private void checkAssignee(String assignee, String field) {
        if (assignee != null && !assignee.isEmpty()
                && users.findByUsername(assignee).filter(u -> u.enabled()).isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "no active user named " + assignee)));
        }
    }
}
