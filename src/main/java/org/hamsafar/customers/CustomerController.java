package org.hamsafar.customers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.shared.Channel;
import org.hamsafar.identity.Actors;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customer 360: profiles, identities, consent, tags, timeline, merges, export and erasure")
class CustomerController {
    private final CustomerDirectory customers;
    private final CustomerUpsertValidator validator;

    CustomerController(CustomerDirectory customers, CustomerUpsertValidator validator) {
        this.customers = customers;
        this.validator = validator;
    }

    @PutMapping
    @Operation(summary = "Create or update a customer by identity", description = """
            Finds the profile by any of `identities` (externalId, email, phone, anonymousId; e-mails are lower-cased,
            phones brought to E.164, Iranian forms included) or creates it. Identities that belong to two profiles merge
            them (the older survives). Non-empty attributes replace stored ones; the old values stay in the history.
            `consent` records a change per channel and purpose with its time and source. 201 when created, 200 when updated.""")
    ResponseEntity<CustomerView> upsert(@RequestBody CustomerUpsertRequest request) {
        CustomerDirectory.Upserted upserted = customers.upsert(validator.validate(request));
        CustomerView view = CustomerView.of(upserted.profile(), customers.tags(upserted.profile().id()),
                customers.facts(upserted.profile().id()));
        return upserted.created()
                ? ResponseEntity.created(URI.create("/api/v1/customers/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    @Operation(summary = "Search customers", description = """
            By name (Persian or Latin), e-mail, phone, external id or profile id; newest first. `tag` keeps only the
            customers who carry that tag (e.g. `tag=vip`).""")
    Page<CustomerSummary> search(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                                 @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q != null && q.length() > 200) {
            problems.add(new FieldProblem("q", "must be at most 200 characters"));
        }
        if (tag != null && !Keys.isKey(tag)) {
            problems.add(new FieldProblem("tag", CustomerDirectory.TAG_RULE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return customers.search(q, tag, cursor, Cursors.limit(limit, 50, 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A customer's profile with computed facts", description = "A merged profile's id answers with the surviving profile.")
    CustomerView get(@PathVariable long id) {
        CustomerProfile profile = customers.find(id).orElseThrow(() -> new NotFoundException("Customer " + id));
        return CustomerView.of(profile, customers.tags(profile.id()), customers.facts(profile.id()));
    }

    @GetMapping("/{id}/tags")
    @Operation(summary = "The customer's tags", description = "With when and by whom each was first added; alphabetical. A merged customer's id answers with the survivor's tags.")
    List<CustomerTag> tags(@PathVariable long id) {
        long live = customers.liveId(id).orElseThrow(() -> new NotFoundException("Customer " + id));
        return customers.tagDetails(live);
    }

    @PutMapping("/{id}/tags/{tag}")
    @Operation(summary = "Tag a customer", description = """
            `tag` is a key (a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'); anything else
            is 400. A merged customer's id tags the survivor. 201 when the tag is new; 200 when the customer already
            carried it (its first time and source are kept). The source recorded is the caller (`key:<name> (<prefix>)`).
            404 for no such customer, 409 for an erased one.""")
    ResponseEntity<Object> tag(@PathVariable long id, @PathVariable String tag) {
        if (!Keys.isKey(tag)) {
            return badTag();
        }
        boolean added = customers.tag(id, tag, Actors.current());
        long live = customers.liveId(id).orElseThrow(() -> new NotFoundException("Customer " + id));
        CustomerTag stored = customers.tagDetails(live).stream().filter(t -> t.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new NotFoundException("Customer " + id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", live);
        body.put("tag", stored.tag());
        body.put("addedAt", stored.addedAt());
        body.put("source", stored.source());
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }

    @DeleteMapping("/{id}/tags/{tag}")
    @Operation(summary = "Remove a tag from a customer", description = "204 whether or not the customer carried it; 400 for a tag that is not a key, 404 for no such customer. Audited.")
    ResponseEntity<Object> untag(@PathVariable long id, @PathVariable String tag) {
        if (!Keys.isKey(tag)) {
            return badTag();
        }
        customers.untag(id, tag);
        return ResponseEntity.noContent().build();
    }

    /** A malformed tag in the path is a malformed request (400), like a path id that is not a number. */
    private static ResponseEntity<Object> badTag() {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.validation(HttpStatus.BAD_REQUEST, "The tag in the path is not a key.",
                        List.of(new FieldProblem("tag", CustomerDirectory.TAG_RULE))));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Everything that happened with the customer, on every channel, newest first")
    Page<TimelineEntry> timeline(@PathVariable long id, @RequestParam(required = false) String channel,
                                 @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        if (channel != null && Channel.fromKey(channel.toLowerCase(Locale.ROOT)).isEmpty()) {
            throw InvalidInputException.of("channel", "must be one of web, app, email, sms, phone, chat, social, store, other");
        }
        long live = customers.liveId(id).orElseThrow(() -> new NotFoundException("Customer " + id));
        return customers.timeline(live, channel == null ? null : channel.toLowerCase(Locale.ROOT), cursor, Cursors.limit(limit, 50, 500));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Everything held about the customer (data portability)")
    Map<String, Object> export(@PathVariable long id) {
        return customers.export(id);
    }

    @GetMapping("/{id}/merges")
    @Operation(summary = "Merges into or out of this profile")
    List<MergeRecord> merges(@PathVariable long id) {
        return customers.merges(id);
    }

    record MergeRequest(Long survivorId, Long mergedId) {
    }

    @PostMapping("/merges")
    @Operation(summary = "Merge two profiles by hand", description = "`mergedId` joins `survivorId`: identities, consent and data move; attribute conflicts follow the newest non-empty value.")
    ResponseEntity<Map<String, Long>> merge(@RequestBody MergeRequest request) {
        if (request.survivorId() == null || request.mergedId() == null) {
            throw InvalidInputException.of(request.survivorId() == null ? "survivorId" : "mergedId", "is required");
        }
        long mergeId = customers.merge(request.survivorId(), request.mergedId());
        return ResponseEntity.status(201).body(Map.of("mergeId", mergeId, "survivorId", request.survivorId()));
    }

    @PostMapping("/merges/{mergeId}/undo")
    @Operation(summary = "Undo a merge", description = "Identities, consent and data of the merged profile go back; attributes the merge changed are restored unless changed since.")
    ResponseEntity<Void> undo(@PathVariable long mergeId) {
        customers.undoMerge(mergeId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Erase a customer", description = "`mode=anonymize` (default) removes personal data and identities and keeps de-identified facts; `mode=delete` removes everything. Audited.")
    ResponseEntity<Void> erase(@PathVariable long id, @RequestParam(defaultValue = "anonymize") String mode) {
        ErasureMode erasure = switch (mode.toLowerCase(Locale.ROOT)) {
            case "anonymize", "anonymise" -> ErasureMode.ANONYMIZE;
            case "delete" -> ErasureMode.DELETE;
            default -> throw InvalidInputException.of("mode", "must be anonymize or delete");
        };
        customers.erase(id, erasure);
        return ResponseEntity.noContent().build();
    }
}
