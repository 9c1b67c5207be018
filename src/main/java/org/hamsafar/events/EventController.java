package org.hamsafar.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.hamsafar.identity.ApiKeyAuthentication;
import org.hamsafar.identity.ApiScope;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Interactions from every channel (ingest scope)")
class EventController {
    static final String NDJSON = "application/x-ndjson";
    private final EventBatchReader reader;
    private final EventValidator validator;
    private final EventIngestion ingestion;

    EventController(EventBatchReader reader, EventValidator validator, EventIngestion ingestion) {
        this.reader = reader;
        this.validator = validator;
        this.ingestion = ingestion;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON})
    @Operation(summary = "Send events", description = """
            One event (a JSON object), a JSON array of up to 10,000, or NDJSON (application/x-ndjson, one per line).
            An event: `type`, `occurredAt` (ISO-8601 with offset, at most 24 h ahead), `channel` (web, app, email, sms,
            phone, chat, social, store, other) and `customer` (any of customerId, externalId, email, phone, anonymousId)
            are required; optional `id` (a repeated id is a duplicate, stored once), `touchpoint`, `sessionId`, `value`
            with `currency`, `text` (up to 10,000 characters) and `properties` (a JSON object, at most 5 levels,
            200 keys and 32 KB). The reply counts what was stored and lists each rejected item with its reasons;
            the good items of a batch are kept. 422 when no item could be stored.""")
    ResponseEntity<Object> ingest(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType() == null ? "" : request.getContentType();
        List<EventBatchReader.Item> items;
        try {
            items = contentType.startsWith(NDJSON) ? reader.readNdjson(request.getInputStream()) : reader.readJson(request.getInputStream());
        } catch (EventBatchReader.TooManyEvents e) {
            return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-many-events", e.getMessage()));
        } catch (EventBatchReader.Malformed e) {
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", e.getMessage()));
        }
        // A key that may only ingest can be copied from a web page: its claims may not link customers.
        boolean trusted = SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key
                && key.apiKey().allows(ApiScope.READ);
        List<IngestReport.Rejection> rejected = new ArrayList<>();
        List<EventInput> valid = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EventBatchReader.Item item = items.get(i);
            if (item.unreadable() != null) {
                rejected.add(new IngestReport.Rejection(i, List.of(new FieldProblem("event", item.unreadable()))));
                continue;
            }
            EventValidator.Checked checked = validator.check(item.node());
            if (checked.event() == null) {
                rejected.add(new IngestReport.Rejection(i, checked.problems()));
            } else {
                valid.add(trusted ? checked.event() : checked.event().untrusted());
                indexes.add((long) i);
            }
        }
        IngestReport stored = ingestion.ingest(valid, indexes);
        rejected.addAll(stored.rejected());
        rejected.sort(java.util.Comparator.comparingLong(IngestReport.Rejection::index));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", stored.accepted());
        body.put("duplicates", stored.duplicates());
        body.put("rejected", rejected);
        if (stored.accepted() == 0 && stored.duplicates() == 0) {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation",
                    items.isEmpty() ? "The batch holds no events." : "No event of the batch could be stored; see rejected.");
            body.forEach(problem::setProperty);
            return problem(problem);
        }
        return ResponseEntity.ok(body);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
