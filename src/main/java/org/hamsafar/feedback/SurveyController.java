package org.hamsafar.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Surveys, their questions and versions")
class SurveyController {
    private final SurveyCatalog surveys;

    SurveyController(SurveyCatalog surveys) {
        this.surveys = surveys;
    }

    @PostMapping
    @Operation(summary = "Create a survey", description = """
            `name`, `questions` (1-100) and optionally `status` (draft, active, paused, closed; default draft), `languages`
            (fa, en or both; default both), `intro`, `thankYou` and `settings` (fatigueDays, quota, reminderAfterDays,
            invitationExpiryDays). A question: `key`, `type` (nps, csat, ces, rating, single_choice, multi_choice, yes_no,
            text), `text` ({fa, en}), `required`, `page`, `choices` ([{id, text}] for choice questions), `scale` (stars of a
            rating, 3-10), `maxLength` (text), `lowLabel`/`highLabel`, and `showIf` ({question, op, value}: show only when an
            earlier answer meets it; op = != < <= > >= in answered). The reply carries `id` and the public `key`.""")
    ResponseEntity<SurveyView> create(@RequestBody SurveyRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(SurveyView.of(surveys.create(request)));
    }

    @GetMapping
    @Operation(summary = "List surveys, newest first", description = "Optionally only those with `status`; paged by `limit` and `cursor`.")
    Page<SurveyView> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) String cursor) {
        SurveyStatus wanted = status == null ? null : SurveyStatus.fromKey(status)
                .orElseThrow(() -> InvalidInputException.of("status", "must be one of draft, active, paused, closed"));
        Page<Survey> page = surveys.list(wanted, cursor, Cursors.limit(limit, 50, 200));
        return new Page<>(page.items().stream().map(SurveyView::of).toList(), page.nextCursor());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One survey at its current version")
    SurveyView get(@PathVariable long id) {
        return SurveyView.of(surveys.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a survey", description = """
            The same body as create. Changed questions of a survey that was ever active make a new version; responses
            keep the version they answered.""")
    SurveyView replace(@PathVariable long id, @RequestBody SurveyRequest request) {
        return SurveyView.of(surveys.replace(id, request));
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "The questions of one version of a survey")
    SurveyDefinition version(@PathVariable long id, @PathVariable int version) {
        surveys.get(id);
        return surveys.version(id, version).orElseThrow(() -> new NotFoundException("Survey " + id + " has no version " + version));
    }
}
