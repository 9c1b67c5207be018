package org.hamsafar.actions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.actions.followup.CaseFollowUps;
import org.hamsafar.actions.sla.CaseSlas;
import org.hamsafar.actions.sla.SlaStatus;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Cases that close the loop with a customer: states, owners, history and notes")
class CaseController {

    private static final Set<String> CREATE_FIELDS = Set.of("customerId", "title", "description", "priority", "team", "assignee",
            "originRef");
    private static final Set<String> CHANGE_FIELDS = Set.of("state", "assignee", "team", "priority", "rootCause", "resolution");

    private final CaseService cases;
    private final CaseFollowUps followUps;
    private final CaseSlas slas;

    CaseController(CaseService cases, CaseFollowUps followUps, CaseSlas slas) {
        this.cases = cases;
        this.followUps = followUps;
        this.slas = slas;
    }

    @PostMapping
    @Operation(summary = "Open a case", description = """
            `title` (1-200 characters) is required; optional `customerId` (a merged customer's id opens it on the survivor),
            `description` (up to 4,000), `priority` (low, normal (default), high, urgent), `team` (a key), `assignee` (the
            name of an active dashboard user) and `originRef` (what caused it, e.g. response:<id>). A new case is `new`.""")
    ResponseEntity<Map<String, Object>> open(@RequestBody JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        unknown(body, CREATE_FIELDS, problems);
        Long customerId = null;
        if (body.has("customerId") && !body.get("customerId").isNull()) {
            if (body.get("customerId").canConvertToLong() && body.get("customerId").isIntegralNumber()) {
                customerId = body.get("customerId").asLong();
            } else {
                problems.add(new FieldProblem("customerId", "must be a whole number"));
            }
        }
        String title = text(body, "title", 200, problems);
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "is required, 1 to 200 characters"));
        }
        String description = text(body, "description", 4000, problems);
        CasePriority priority = priority(text(body, "priority", 16, problems), problems);
        String team = team(text(body, "team", 64, problems), problems);
        String assignee = text(body, "assignee", 64, problems);
        String originRef = text(body, "originRef", 120, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CxCase opened = cases.open(new CaseService.NewCase(customerId, title.strip(), description, priority, team, assignee,
                "api", originRef, null));
        return ResponseEntity.status(HttpStatus.CREATED).body(CaseView.withSla(CaseView.summary(opened), slas.status(opened).orElse(null)));
    }

    @GetMapping
    @Operation(summary = "List cases, newest first", description = """
            Filters: `customerId`, `state` (new, acknowledged, in_progress, resolved, closed), `team`, `assignee`, `priority`,
            `breached` (true: cases with a recorded SLA breach, false: without). Paged by `limit` (1-200, default 50) and
            `cursor`. Each case has its `sla` (due times, status of each target, breaches, escalation).""")
    Page<Map<String, Object>> list(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String state,
                                   @RequestParam(required = false) String team, @RequestParam(required = false) String assignee,
                                   @RequestParam(required = false) String priority, @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor, @RequestParam(required = false) String breached) {
        List<FieldProblem> problems = new ArrayList<>();
        if (breached != null && !breached.equals("true") && !breached.equals("false")) {
            problems.add(new FieldProblem("breached", "must be true or false"));
        }
        CaseState wanted = state == null ? null : CaseState.fromKey(state).orElse(null);
        if (state != null && wanted == null) {
            problems.add(new FieldProblem("state", "must be one of new, acknowledged, in_progress, resolved, closed"));
        }
        CasePriority wantedPriority = priority(priority, problems);
        Long before = null;
        if (cursor != null) {
            try {
                before = Cursors.decodeLong(cursor);
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("cursor", "is not a cursor this list gave"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Page<CxCase> page = cases.list(new CaseFilter(customerId, wanted, team, assignee, wantedPriority,
                breached == null ? null : Boolean.valueOf(breached)), before, Cursors.limit(limit, 50, 200));
        Map<Long, SlaStatus> sla = slas.statuses(page.items());
        return new Page<>(page.items().stream().map(c -> CaseView.withSla(CaseView.summary(c), sla.get(c.id()))).toList(),
                page.nextCursor() == null ? null : Cursors.encode(page.nextCursor()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with its history and notes", description = "`followUp`: the follow-up survey of its latest"
            + " resolution and the customer's answer (null if none; all of them: GET /api/v1/cases/{id}/follow-ups).")
    Map<String, Object> get(@PathVariable long id) {
        CxCase found = cases.get(id);
        Map<String, Object> view = CaseView.withSla(CaseView.full(found, cases.history(id), cases.notes(id)), slas.status(found).orElse(null));
        view.put("followUp", followUps.latest(id));
        return view;
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a case", description = """
            Any of `state`, `assignee` (empty string: nobody), `team`, `priority`, `rootCause` (a key), `resolution` (up to
            4,000 characters). Allowed state moves: new to acknowledged, in_progress or closed; acknowledged to in_progress
            or closed; in_progress to resolved; resolved to closed or in_progress; closed to in_progress. Another move is
            409 with the `allowed` ones. Every change is recorded with who made it and when.""")
    Map<String, Object> change(@PathVariable long id, @RequestBody JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        unknown(body, CHANGE_FIELDS, problems);
        String stateKey = text(body, "state", 16, problems);
        CaseState state = stateKey == null ? null : CaseState.fromKey(stateKey).orElse(null);
        if (stateKey != null && state == null) {
            problems.add(new FieldProblem("state", "must be one of new, acknowledged, in_progress, resolved, closed"));
        }
        String assignee = text(body, "assignee", 64, problems);
        String team = text(body, "team", 64, problems);
        if (team != null && !team.isEmpty()) {
            team(team, problems);
        }
        CasePriority priority = priority(text(body, "priority", 16, problems), problems);
        String rootCause = text(body, "rootCause", 64, problems);
        if (rootCause != null && !rootCause.isEmpty() && !Keys.isKey(rootCause)) {
            problems.add(new FieldProblem("rootCause", "must be a key: lower-case letters, digits, '_', '.' or '-'"));
        }
        String resolution = text(body, "resolution", 4000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CxCase changed = cases.change(id, new CaseService.CaseChanges(state, assignee, team, priority, rootCause, resolution));
        return CaseView.withSla(CaseView.summary(changed), slas.status(changed).orElse(null));
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add a note to a case", description = "`text`, 1 to 10,000 characters; recorded in the history too.")
    ResponseEntity<CaseNote> note(@PathVariable long id, @RequestBody JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        unknown(body, Set.of("text"), problems);
        String text = text(body, "text", 10_000, problems);
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "is required, 1 to 10,000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(cases.addNote(id, text));
    }

    @ExceptionHandler(CxCase.TransitionRefused.class)
    ResponseEntity<ProblemDetail> refused(CxCase.TransitionRefused e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "case-transition", e.getMessage());
        problem.setProperty("allowed", e.allowed());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static void unknown(JsonNode body, Set<String> fields, List<FieldProblem> problems) {
        if (!body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        body.propertyNames().forEach(name -> {
            if (!fields.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
    }

    private static String text(JsonNode body, String field, int max, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(field, "must be a string"));
            return null;
        }
        if (value.asString().length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
            return null;
        }
        if (value.asString().indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "must not contain null characters"));
            return null;
        }
        return value.asString();
    }

    private static CasePriority priority(String key, List<FieldProblem> problems) {
        if (key == null) {
            return null;
        }
        CasePriority priority = CasePriority.fromKey(key).orElse(null);
        if (priority == null) {
            problems.add(new FieldProblem("priority", "must be one of low, normal, high, urgent"));
        }
        return priority;
    }

    private static String team(String team, List<FieldProblem> problems) {
        if (team != null && !Keys.isKey(team)) {
            problems.add(new FieldProblem("team", "must be a key: a lower-case letter, then lower-case letters, digits, '_', '.' or '-'"));
        }
        return team;
    }
}
