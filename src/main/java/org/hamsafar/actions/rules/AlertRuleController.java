package org.hamsafar.actions.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/v1/alert-rules")
@Tag(name = "Alert rules", description = "Conditions over responses, events and texts that open cases, notify and tag customers")
class AlertRuleController {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE_DOC = """
            A rule: `{"name": "Detractor follow-up", "enabled": true, "when": {"all": [{"field": "answer.nps", "op": "<=",
            "value": 6}]}, "actions": [{"type": "open_case", "priority": "high", "team": "support"}]}`. `when` combines
            conditions with `all`, `any` and `not`; a condition is `{field, op, value}` (the fields, their operators and
            possible values: GET /api/v1/alert-rules/fields). A rule reads one kind of item: responses (answer.*, survey.*,
            response.*), events (event.*) or analysed texts (text.*); customer.* fields narrow any of them. `event.count`
            takes `window` ("7d") and `match` ({type, channel, touchpoint}): "3 contacts on the support line within 7 days" is
            `{"field": "event.count", "op": ">=", "value": 3, "window": "7d", "match": {"touchpoint": "support_line"}}`.
            Actions: `open_case` (priority low|normal|high|urgent, team: else routing rules choose; title: else the rule's
            name; a customer with a case of this rule still open gets the new match added to it), `notify_email` (to:
            "user:<name>", "team:<key>" or addresses), `webhook` (webhookId, else every endpoint subscribed to
            alert.triggered), `tag_customer` (tag). Each new item is evaluated once, after it is stored.""";

    private final AlertRules rules;
    private final AlertTriggerRepository triggers;
    private final AlertInboxRepository inbox;
    private final RuleDryRun dryRun;
    private final RuleReferences references;

    AlertRuleController(AlertRules rules, AlertTriggerRepository triggers, AlertInboxRepository inbox, RuleDryRun dryRun,
                        RuleReferences references) {
        this.rules = rules;
        this.triggers = triggers;
        this.inbox = inbox;
        this.dryRun = dryRun;
        this.references = references;
    }

    @GetMapping
    @Operation(summary = "List the alert rules", description = "With how often each matched in the last 30 days.")
    List<Map<String, Object>> list() {
        return rules.all().stream().map(this::view).toList();
    }

    @PostMapping
    @Operation(summary = "Create an alert rule", description = RULE_DOC)
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(rules.create(body)));
    }

    @GetMapping("/fields")
    @Operation(summary = "The field vocabulary of rules", description = "Each field with its subject, type, operators and possible values.")
    List<Map<String, Object>> fields() {
        return RuleField.describe();
    }

    @GetMapping("/status")
    @Operation(summary = "The evaluation queue", description = "Items waiting for the rules, and items that failed every try.")
    Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("waiting", inbox.waiting(AlertWorker.MAX_ATTEMPTS));
        out.put("failed", inbox.failed(AlertWorker.MAX_ATTEMPTS, 100));
        return out;
    }

    @PostMapping("/status/retry")
    @Operation(summary = "Try the failed items again")
    Map<String, Object> retryFailed() {
        return Map.of("requeued", inbox.retryFailed(AlertWorker.MAX_ATTEMPTS));
    }

    @PostMapping("/dry-run")
    @Operation(summary = "Try a rule on the last days before saving it", description = """
            Body: `{"rule": {...as for create...}, "days": 30}` (1-90). Nothing is changed: the answer says how many items
            the rule would have matched, how many cases it would have opened, emails and webhooks it would have sent, per
            day, with the newest matches as samples.""")
    Map<String, Object> dryRun(@RequestBody JsonNode body) {
        if (body == null || !body.isObject() || !body.has("rule")) {
            throw InvalidInputException.of("rule", "is required: the rule to try");
        }
        body.propertyNames().forEach(p -> {
            if (!p.equals("rule") && !p.equals("days")) {
                throw InvalidInputException.of(p, "unknown field");
            }
        });
        int days = days(body.get("days"));
        RuleDraft draft = RuleDraft.read(body.get("rule"));
        references.check(draft);
        return dryRun.run(draft.subject(), draft.when(), draft.actions(), days);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alert rule")
    Map<String, Object> get(@PathVariable long id) {
        return view(rules.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an alert rule", description = RULE_DOC)
    Map<String, Object> replace(@PathVariable long id, @RequestBody JsonNode body) {
        return view(rules.replace(id, body));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Switch a rule on or off", description = "Body: `{\"enabled\": true|false}`.")
    Map<String, Object> enable(@PathVariable long id, @RequestBody JsonNode body) {
        if (body == null || !body.isObject() || body.size() != 1 || !body.has("enabled") || !body.get("enabled").isBoolean()) {
            throw InvalidInputException.of("enabled", "is required and must be true or false (the only field)");
        }
        return view(rules.setEnabled(id, body.get("enabled").asBoolean()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an alert rule", description = "Its past matches and the cases it opened stay.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        rules.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/dry-run")
    @Operation(summary = "Try a saved rule on the last days", description = "`days` 1-90 (default 30); changes nothing.")
    Map<String, Object> dryRunSaved(@PathVariable long id, @RequestParam(required = false) Integer days) {
        AlertRule rule = rules.get(id);
        return dryRun.run(rule.subject(), rule.when(), rule.actions(), days == null ? 30 : checkDays(days));
    }

    @GetMapping("/{id}/triggers")
    @Operation(summary = "What a rule matched, newest first", description = "Each match with the item and the case it opened or joined. "
            + "Paged by `limit` (1-200, default 50) and `cursor`.")
    Page<AlertTriggerRepository.Trigger> triggers(@PathVariable long id, @RequestParam(required = false) Integer limit,
                                                  @RequestParam(required = false) String cursor) {
        rules.get(id);
        Instant before = null;
        if (cursor != null) {
            try {
                before = Instant.ofEpochMilli(Cursors.decodeLong(cursor));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("cursor", "is not a cursor this list gave");
            }
        }
        int size = Cursors.limit(limit, 50, 200);
        List<AlertTriggerRepository.Trigger> page = triggers.ofRule(id, before, size + 1);
        String next = page.size() > size ? Cursors.encode(Long.toString(page.get(size - 1).triggeredAt().toEpochMilli())) : null;
        return new Page<>(page.subList(0, Math.min(size, page.size())), next);
    }

    private static int days(JsonNode node) {
        if (node == null || node.isNull()) {
            return 30;
        }
        if (!node.isIntegralNumber()) {
            throw InvalidInputException.of("days", "must be a whole number from 1 to " + RuleDryRun.MAX_DAYS);
        }
        return checkDays(node.asInt());
    }

    private static int checkDays(int days) {
        if (days < 1 || days > RuleDryRun.MAX_DAYS) {
            throw InvalidInputException.of("days", "must be from 1 to " + RuleDryRun.MAX_DAYS);
        }
        return days;
    }

    private Map<String, Object> view(AlertRule rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode definition = JSON.readTree(rule.definition());
        out.put("id", rule.id());
        out.put("name", rule.name());
        out.put("enabled", rule.enabled());
        out.put("subject", rule.subject().key());
        out.put("when", definition.get("when"));
        out.put("actions", definition.get("actions"));
        out.put("matchesLast30Days", triggers.countOfRule(rule.id(), rules.now().minus(Duration.ofDays(30))));
        out.put("createdAt", rule.createdAt().toString());
        out.put("createdBy", rule.createdBy());
        out.put("updatedAt", rule.updatedAt().toString());
        out.put("updatedBy", rule.updatedBy());
        return out;
    }
}
