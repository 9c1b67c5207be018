package org.hamsafar.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.customers.IdentityClaimReader;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.time.IsoTimes;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/surveys/{id}/invitations")
@Tag(name = "Survey invitations", description = "Personal survey links sent by e-mail or SMS, or handed out (admin to create, read to list)")
class InvitationController {
    static final int MAX_BATCH = 1000;
    private static final Set<String> FIELDS = Set.of("customer", "channel", "touchpoint", "sendAt");
    /** Scheduling further ahead than this is almost certainly a mistake in the time given. */
    private static final Duration MAX_AHEAD = Duration.ofDays(366);
    /** A little clock skew between client and server is not a mistake. */
    private static final Duration MAX_BEHIND = Duration.ofMinutes(10);
    private final SurveyInvitations invitations;
    private final Clock clock;

    InvitationController(SurveyInvitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Invite customers to a survey", description = """
            One invitation (a JSON object) or a batch (a JSON array of up to 1,000). An invitation: `customer` (any of
            customerId, externalId, email, phone, anonymousId; found, or created), `channel` (email, sms or link),
            optional `touchpoint` (a key) and `sendAt` (ISO-8601 with offset; default now, at most a year ahead).
            E-mail and SMS invitations are sent when due, after the distribution rules (survey active, quota, consent,
            an address, fatigue) are checked; a skipped one records why. A link invitation is not sent: the reply's
            `link` is the personal link to hand out yourself. One invitation: 201 with the invitation and its `link`.
            A batch: `{accepted, invitations: [{index, ...}], rejected: [{index, errors}]}`; good items are kept, 422
            when none could be stored.""")
    ResponseEntity<Object> create(@PathVariable long id, @RequestBody JsonNode body) {
        if (body.isArray()) {
            return batch(id, body);
        }
        if (!body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object or an array of objects");
        }
        List<FieldProblem> problems = new ArrayList<>();
        SurveyInvitations.InvitationRequest request = read(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SurveyInvitations.Outcome outcome = invitations.inviteAll(id, List.of(request)).get(0);
        if (!outcome.accepted()) {
            throw new InvalidInputException(outcome.problems());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(InvitationView.of(outcome.invitation(), outcome.link()));
    }

    private ResponseEntity<Object> batch(long id, JsonNode body) {
        if (body.size() > MAX_BATCH) {
            throw InvalidInputException.of("body", "holds " + body.size() + " invitations; at most " + MAX_BATCH + " per request");
        }
        List<SurveyInvitations.InvitationRequest> requests = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            List<FieldProblem> problems = new ArrayList<>();
            SurveyInvitations.InvitationRequest request = item.isObject() ? read(item, problems) : null;
            if (!item.isObject()) {
                problems.add(new FieldProblem("invitation", "must be a JSON object"));
            }
            if (problems.isEmpty()) {
                requests.add(request);
                indexes.add(i);
            } else {
                rejected.add(rejection(i, problems));
            }
        }
        List<SurveyInvitations.Outcome> outcomes = requests.isEmpty() ? List.of() : invitations.inviteAll(id, requests);
        List<Map<String, Object>> created = new ArrayList<>();
        for (int k = 0; k < outcomes.size(); k++) {
            SurveyInvitations.Outcome outcome = outcomes.get(k);
            if (outcome.accepted()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("index", indexes.get(k));
                InvitationView view = InvitationView.of(outcome.invitation(), outcome.link());
                row.put("id", view.id());
                row.put("customerId", view.customerId());
                row.put("channel", view.channel());
                row.put("status", view.status());
                row.put("sendAt", view.sendAt());
                row.put("expiresAt", view.expiresAt());
                row.put("link", view.link());
                created.add(row);
            } else {
                rejected.add(rejection(indexes.get(k), outcome.problems()));
            }
        }
        rejected.sort((a, b) -> Integer.compare((Integer) a.get("index"), (Integer) b.get("index")));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("accepted", created.size());
        reply.put("invitations", created);
        reply.put("rejected", rejected);
        if (created.isEmpty()) {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation",
                    body.isEmpty() ? "The batch holds no invitations." : "No invitation of the batch could be stored; see rejected.");
            reply.forEach(problem::setProperty);
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(reply);
    }

    @GetMapping
    @Operation(summary = "A survey's invitations, newest first", description = """
            Optionally only those with `status` (scheduled, sent, answered, skipped, failed, expired); paged by `limit`
            (up to 500) and `cursor`. `reason` says why one was skipped or failed. Personal links are not listed.""")
    Page<InvitationView> list(@PathVariable long id, @RequestParam(required = false) String status,
                              @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        InvitationStatus wanted = status == null ? null : InvitationStatus.fromKey(status).orElseThrow(() ->
                InvalidInputException.of("status", "must be one of scheduled, sent, answered, skipped, failed, expired"));
        Page<Invitation> page = invitations.list(id, wanted, cursor, Cursors.limit(limit, 50, 500));
        return new Page<>(page.items().stream().map(i -> InvitationView.of(i, null)).toList(), page.nextCursor());
    }

    private SurveyInvitations.InvitationRequest read(JsonNode item, List<FieldProblem> problems) {
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "unknown field"));
            }
        }
        IdentityClaim customer = IdentityClaimReader.read(item.get("customer"), true, problems);
        String channel = text(item, "channel", problems);
        if (channel == null) {
            problems.add(new FieldProblem("channel", "is required: email, sms or link"));
        } else if (!SurveyInvitations.CHANNELS.contains(channel)) {
            problems.add(new FieldProblem("channel", "must be one of email, sms, link"));
        }
        String touchpoint = text(item, "touchpoint", problems);
        Instant sendAt = null;
        String at = text(item, "sendAt", problems);
        if (at != null) {
            try {
                sendAt = IsoTimes.parseWithOffset(at);
                Instant now = clock.instant();
                if (sendAt.isAfter(now.plus(MAX_AHEAD))) {
                    problems.add(new FieldProblem("sendAt", "must be at most a year ahead"));
                } else if (sendAt.isBefore(now.minus(MAX_BEHIND))) {
                    problems.add(new FieldProblem("sendAt", "must not be in the past (leave it out to send now)"));
                }
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("sendAt", "must be an ISO-8601 time with an offset, e.g. 2026-03-01T10:15:00+03:30"));
            }
        }
        return new SurveyInvitations.InvitationRequest(customer, channel, touchpoint, sendAt);
    }

    private static String text(JsonNode item, String field, List<FieldProblem> problems) {
        JsonNode node = item.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.asString().length() > 64) {
            problems.add(new FieldProblem(field, "must be a string of at most 64 characters"));
            return null;
        }
        return node.asString();
    }

    private static Map<String, Object> rejection(int index, List<FieldProblem> errors) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("index", index);
        row.put("errors", errors);
        return row;
    }
}
