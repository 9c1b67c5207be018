package org.hamsafar.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/surveys/{id}/triggers")
@Tag(name = "Survey triggers", description = "Invite customers when an interaction occurs (admin to change, read to list)")
class TriggerController {
    private final SurveyTriggers triggers;

    TriggerController(SurveyTriggers triggers) {
        this.triggers = triggers;
    }

    @PostMapping
    @Operation(summary = "Add a trigger", description = """
            `eventType` (required: the event type, e.g. purchase), optional `touchpoint` and `eventChannel` (only events
            there), `inviteChannel` (email or sms), `delayMinutes` (0-43200, default 0: the invitation is due that long
            after the event occurred) and `enabled` (default true). Each new event that matches schedules an invitation
            (while the survey is active; for events that occurred within the last day).""")
    ResponseEntity<SurveyTrigger> create(@PathVariable long id, @RequestBody SurveyTriggers.TriggerRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(triggers.create(id, request));
    }

    @GetMapping
    @Operation(summary = "A survey's triggers")
    List<SurveyTrigger> list(@PathVariable long id) {
        return triggers.list(id);
    }

    @DeleteMapping("/{triggerId}")
    @Operation(summary = "Remove a trigger", description = "Invitations it already scheduled stay scheduled.")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long triggerId) {
        triggers.delete(id, triggerId);
        return ResponseEntity.noContent().build();
    }
}
