package org.hamsafar.actions.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed HTTP callbacks for case events and alerts, with retries and a dead-letter list")
class WebhookController {
    private static final Set<String> FIELDS = Set.of("url", "events", "description", "enabled");

    private final WebhookEndpoints webhooks;
    private final DeliveryLog deliveries;
    private final RetryPolicy retries;

    WebhookController(WebhookEndpoints webhooks, DeliveryLog deliveries, RetryPolicy retries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.retries = retries;
    }

    @PostMapping
    @Operation(summary = "Add a webhook endpoint", description = """
            `url` (http or https, a public host unless hamsafar.webhooks.allow-private-addresses, no user name or password)
            and `events` (one or more of case.opened, case.changed, case.escalated, alert.triggered) are required; optional
            `description` (up to 500 characters) and `enabled` (default true). The answer carries the `secret` that signs
            deliveries; it is shown only here and when rotated.""")
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        WebhookEndpoints.EndpointRequest request = request(body, true);
        return ResponseEntity.status(HttpStatus.CREATED).body(DeliveryView.endpointWithSecret(webhooks.create(request)));
    }

    @GetMapping
    @Operation(summary = "List webhook endpoints (without their secrets)")
    Map<String, Object> list() {
        List<Map<String, Object>> items = webhooks.list().stream().map(e -> DeliveryView.endpoint(e, webhooks.counts(e.id()))).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("events", WebhookEvents.SUBSCRIBABLE);
        return out;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One webhook endpoint, with how many deliveries are pending, delivered and dead")
    Map<String, Object> get(@PathVariable long id) {
        return DeliveryView.endpoint(webhooks.get(id), webhooks.counts(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a webhook endpoint", description = "Any of `url`, `events`, `description`, `enabled`.")
    Map<String, Object> change(@PathVariable long id, @RequestBody JsonNode body) {
        WebhookEndpoint changed = webhooks.change(id, request(body, false));
        return DeliveryView.endpoint(changed, webhooks.counts(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook endpoint with its deliveries")
    ResponseEntity<Void> delete(@PathVariable long id) {
        webhooks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "Give the endpoint a new secret", description = """
            The answer carries the new `secret`, shown only here. Every delivery from now on, retries included, is signed
            with it.""")
    Map<String, Object> rotate(@PathVariable long id) {
        return DeliveryView.endpointWithSecret(webhooks.rotateSecret(id));
    }

    @PostMapping("/{id}/ping")
    @Operation(summary = "Send a test event (`ping`) to the endpoint", description = "Queued like any delivery; answers its id.")
    ResponseEntity<Map<String, Object>> ping(@PathVariable long id) {
        UUID delivery = webhooks.ping(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("deliveryId", delivery.toString()));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The endpoint's deliveries, newest first", description = """
            `state`: pending, delivered or dead (the dead-letter list); paged by `limit` (1-200, default 50) and `cursor`.""")
    Page<Map<String, Object>> deliveries(@PathVariable long id, @RequestParam(required = false) String state,
                                         @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        DeliveryState wanted = state(state);
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        Page<Delivery> page = deliveries.webhooks(id, wanted, before, Cursors.limit(limit, 50, 200));
        return new Page<>(page.items().stream().map(d -> DeliveryView.delivery(d, retries.maxAttempts(), null)).toList(),
                page.nextCursor() == null ? null : Cursors.encode(page.nextCursor()));
    }

    @GetMapping("/deliveries/{deliveryId}")
    @Operation(summary = "One delivery with every attempt")
    Map<String, Object> delivery(@PathVariable UUID deliveryId) {
        Delivery delivery = deliveries.get(deliveryId, Delivery.Channel.WEBHOOK);
        return DeliveryView.delivery(delivery, retries.maxAttempts(), deliveries.attempts(deliveryId));
    }

    @PostMapping("/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a dead or delivered delivery again", description = """
            It becomes pending with a fresh count of attempts and keeps its id (the Hamsafar-Delivery header), so a receiver
            that saw it before can tell. A pending delivery is 409.""")
    Map<String, Object> redeliver(@PathVariable UUID deliveryId) {
        return DeliveryView.delivery(deliveries.redeliver(deliveryId, Delivery.Channel.WEBHOOK), retries.maxAttempts(), null);
    }

    static DeliveryState state(String state) {
        if (state == null) {
            return null;
        }
        return DeliveryState.fromKey(state)
                .orElseThrow(() -> InvalidInputException.of("state", "must be one of pending, delivered, dead"));
    }

    private static WebhookEndpoints.EndpointRequest request(JsonNode body, boolean creating) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        String url = text(body, "url", problems);
        if (creating && url == null && problems.stream().noneMatch(p -> p.field().equals("url"))) {
            problems.add(new FieldProblem("url", "is required"));
        }
        List<String> events = null;
        JsonNode eventsNode = body.get("events");
        if (eventsNode != null && !eventsNode.isNull()) {
            if (!eventsNode.isArray()) {
                problems.add(new FieldProblem("events", "must be an array of event types"));
            } else {
                events = new ArrayList<>();
                for (int i = 0; i < eventsNode.size(); i++) {
                    if (eventsNode.get(i).isString()) {
                        events.add(eventsNode.get(i).asString());
                    } else {
                        problems.add(new FieldProblem("events[" + i + "]", "must be a string"));
                    }
                }
            }
        } else if (creating) {
            problems.add(new FieldProblem("events", "is required: a list of " + String.join(", ", WebhookEvents.SUBSCRIBABLE)));
        }
        String description = text(body, "description", problems);
        Boolean enabled = null;
        JsonNode enabledNode = body.get("enabled");
        if (enabledNode != null && !enabledNode.isNull()) {
            if (enabledNode.isBoolean()) {
                enabled = enabledNode.asBoolean();
            } else {
                problems.add(new FieldProblem("enabled", "must be true or false"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new WebhookEndpoints.EndpointRequest(url, events, description, enabled);
    }

    private static String text(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(field, "must be a string"));
            return null;
        }
        if (value.asString().indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "must not contain null characters"));
            return null;
        }
        return value.asString();
    }
}
