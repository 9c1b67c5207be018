package org.hamsafar.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.customers.IdentityClaimReader;
import org.hamsafar.identity.ApiKeyAuthentication;
import org.hamsafar.identity.ApiScope;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.time.IsoTimes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/surveys/{survey}/responses")
@Tag(name = "Survey responses", description = "Answers to surveys (ingest scope to submit, read to list)")
class ResponseController {
    private static final Set<String> FIELDS = Set.of("id", "answers", "customer", "channel", "touchpoint", "language",
            "submittedAt", "surveyVersion", "source");
    /** How a response sent to the API came in: through the API itself or from the web widget. */
    private static final Set<String> SOURCES = Set.of("api", "widget");
    private final SurveyCatalog surveys;
    private final ResponseRecorder recorder;
    private final ResponseRepository responses;

    ResponseController(SurveyCatalog surveys, ResponseRecorder recorder, ResponseRepository responses) {
        this.surveys = surveys;
        this.recorder = recorder;
        this.responses = responses;
    }

    @PostMapping
    @Operation(summary = "Submit a response", description = """
            `{survey}` is the survey's id or public key. Body: `answers` (question key to value: a whole number for nps,
            csat, ces and rating, true/false for yes_no, an option id for single_choice, a list of option ids for
            multi_choice, text for text), optional `customer` (customerId, externalId, email, phone, anonymousId),
            `channel` (default web), `touchpoint`, `language` (fa or en), `submittedAt` (ISO-8601 with offset),
            `surveyVersion` (the version shown; default current), `source` (api, the default, or widget) and `id` (a
            client id: resending it is a duplicate, stored once). Every answer is checked against its question; 422 names each wrong one.""")
    ResponseEntity<Map<String, Object>> submit(@PathVariable String survey, @RequestBody JsonNode body) {
        Survey target = resolve(survey);
        List<FieldProblem> problems = new ArrayList<>();
        if (!body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "unknown field"));
            }
        }
        String clientId = text(body, "id", 64, problems);
        IdentityClaim customer = IdentityClaimReader.read(body.get("customer"), false, problems);
        String channel = text(body, "channel", 16, problems);
        if (channel == null) {
            channel = Channel.WEB.key();
        } else if (Channel.fromKey(channel.toLowerCase(Locale.ROOT)).isEmpty()) {
            problems.add(new FieldProblem("channel", "must be one of web, app, email, sms, phone, chat, social, store, other"));
        }
        String touchpoint = text(body, "touchpoint", 64, problems);
        if (touchpoint != null && !Keys.isKey(touchpoint)) {
            problems.add(new FieldProblem("touchpoint", "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'"));
        }
        String source = text(body, "source", 16, problems);
        if (source == null) {
            source = "api";
        } else if (!SOURCES.contains(source)) {
            problems.add(new FieldProblem("source", "must be api or widget"));
        }
        String language = text(body, "language", 2, problems);
        if (language != null && !language.equals("fa") && !language.equals("en")) {
            problems.add(new FieldProblem("language", "must be fa or en"));
        }
        Instant submittedAt = null;
        String at = text(body, "submittedAt", 64, problems);
        if (at != null) {
            try {
                submittedAt = IsoTimes.parseWithOffset(at);
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("submittedAt", "must be an ISO-8601 time with an offset, e.g. 2026-03-01T10:15:00+03:30"));
            }
        }
        Integer version = null;
        JsonNode versionNode = body.get("surveyVersion");
        if (versionNode != null && !versionNode.isNull()) {
            if (!versionNode.isInt() || versionNode.intValue() < 1) {
                problems.add(new FieldProblem("surveyVersion", "must be a positive whole number"));
            } else {
                version = versionNode.intValue();
            }
        }
        JsonNode answers = body.get("answers");
        if (answers == null || !answers.isObject()) {
            problems.add(new FieldProblem("answers", "is required: an object of question key to answer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A key that may only ingest can be copied from a web page: its claims may not link customers.
        if (customer != null && !mayRead()) {
            customer = customer.untrusted();
        }
        RecordedResponse recorded = recorder.record(new ResponseSubmission(target.id(), version,
                clientId == null ? null : "client:" + clientId, customer, null, channel.toLowerCase(Locale.ROOT), touchpoint, source,
                null, language, submittedAt, AnswerValues.of(answers)));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("id", recorded.id());
        reply.put("surveyId", target.id());
        reply.put("surveyVersion", recorded.surveyVersion());
        reply.put("customerId", recorded.customerId());
        reply.put("duplicate", recorded.duplicate());
        return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(reply);
    }

    @GetMapping
    @Operation(summary = "A survey's responses, newest first", description = "Paged by `limit` (up to 500) and `cursor`.")
    Page<StoredResponse> list(@PathVariable String survey, @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) String cursor) {
        Survey target = resolve(survey);
        int size = Cursors.limit(limit, 50, 500);
        Instant beforeAt = null;
        UUID beforeId = null;
        if (cursor != null) {
            String[] parts = Cursors.decode(cursor).split("\\|", 2);
            try {
                beforeAt = Instant.parse(parts[0]);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw InvalidInputException.of("cursor", "is not a cursor of this list");
            }
        }
        List<StoredResponse> page = responses.page(target.id(), beforeAt, beforeId, size + 1);
        String next = null;
        if (page.size() > size) {
            StoredResponse last = page.get(size - 1);
            next = Cursors.encode(last.submittedAt() + "|" + last.id());
            page = page.subList(0, size);
        }
        return new Page<>(page, next);
    }

    /**
     * A survey by id (digits) or by public key. A key that may only ingest (it can be read from a
     * web page) must use the public key: ids are sequential, so anyone could walk through them.
     */
    private Survey resolve(String survey) {
        boolean byId = survey.chars().allMatch(Character::isDigit) && survey.length() < 19;
        if (byId && !mayRead()) {
            throw new NotFoundException("No survey " + survey + ": a key with only the ingest scope names surveys by their public key");
        }
        return (byId ? surveys.find(Long.parseLong(survey)) : surveys.findByKey(survey))
                .orElseThrow(() -> new NotFoundException("No survey " + survey));
    }

    private static boolean mayRead() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key
                && key.apiKey().allows(ApiScope.READ);
    }

    private static String text(JsonNode body, String field, int max, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problems.add(new FieldProblem(field, "must be a string"));
            return null;
        }
        String value = node.asString();
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
            return null;
        }
        return value;
    }
}
