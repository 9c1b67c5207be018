package org.hamsafar.actions.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * Webhook endpoints, as admins manage them: every change is audited; the
 * secret is generated here and only ever shown by {@link #create} and {@link #rotateSecret}.
 */
@Service
class WebhookEndpoints {
    private final WebhookEndpointRepository endpoints;
    private final DeliveryRepository deliveries;
    private final WebhookUrlPolicy urls;
    private final NotificationOutbox outbox;
    private final AuditLog audit;
    private final WriteTransactions writes;
    private final Clock clock;

    WebhookEndpoints(WebhookEndpointRepository endpoints, DeliveryRepository deliveries, WebhookUrlPolicy urls, NotificationOutbox outbox,
                     AuditLog audit, WriteTransactions writes, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.urls = urls;
        this.outbox = outbox;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    /** A new endpoint; null fields of a change stay as they are. */
    record EndpointRequest(String url, List<String> events, String description, Boolean enabled) {
    }

    WebhookEndpoint create(EndpointRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.events() == null) {
            problems.add(new FieldProblem("events", "is required: a list of " + String.join(", ", WebhookEvents.SUBSCRIBABLE)));
        }
        check(request, problems, true);
        Instant now = clock.instant();
        String actor = Actors.current();
        return writes.run(() -> {
            WebhookEndpoint created = new WebhookEndpoint(endpoints.nextId(), request.url().strip(),
                    request.events().stream().distinct().toList(),
                    blankToNull(request.description()), request.enabled() == null || request.enabled(), WebhookSignature.newSecret(),
                    now, actor, now, actor);
            endpoints.insert(created);
            audit.record("webhook_created", "webhook:" + created.id(), created.url() + " " + created.events());
            return created;
        });
    }

    List<WebhookEndpoint> list() {
        return endpoints.all();
    }

    WebhookEndpoint get(long id) {
        return endpoints.find(id).orElseThrow(() -> new NotFoundException("No webhook endpoint " + id));
    }

    Map<DeliveryState, Long> counts(long id) {
        return deliveries.countsByState(id);
    }

    WebhookEndpoint change(long id, EndpointRequest changes) {
        List<FieldProblem> problems = new ArrayList<>();
        check(changes, problems, false);
        Instant now = clock.instant();
        String actor = Actors.current();
        return writes.run(() -> {
            WebhookEndpoint current = get(id);
            WebhookEndpoint changed = current.changed(changes.url() == null ? current.url() : changes.url().strip(),
                    changes.events() == null ? current.events() : changes.events().stream().distinct().toList(),
                    changes.description() == null ? current.description() : blankToNull(changes.description()),
                    changes.enabled() == null ? current.enabled() : changes.enabled(), now, actor);
            endpoints.update(changed);
            audit.record("webhook_changed", "webhook:" + id, describe(current, changed));
            return changed;
        });
    }

    /** A new secret for the endpoint, returned once; deliveries from now on are signed with it, retries included. */
    WebhookEndpoint rotateSecret(long id) {
        Instant now = clock.instant();
        String actor = Actors.current();
        return writes.run(() -> {
            WebhookEndpoint rotated = get(id).withSecret(WebhookSignature.newSecret(), now, actor);
            endpoints.update(rotated);
            audit.record("webhook_secret_rotated", "webhook:" + id, null);
            return rotated;
        });
    }

    /** Removes the endpoint with its deliveries, pending ones included. */
    void delete(long id) {
        writes.run(() -> {
            WebhookEndpoint endpoint = get(id);
            deliveries.deleteForEndpoint(id);
            endpoints.delete(id);
            audit.record("webhook_deleted", "webhook:" + id, endpoint.url());
        });
    }

    /** Sends a {@code ping} event to the endpoint, whatever it subscribes to; returns the delivery's id. */
    UUID ping(long id) {
        WebhookEndpoint endpoint = get(id);
        if (!endpoint.enabled()) {
            throw new ConflictException("webhook_disabled", "Webhook endpoint " + id + " is disabled; enable it first.");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("webhookId", id);
        payload.put("message", "Hamsafar webhook test");
        return outbox.webhookTo(id, WebhookEvents.PING, payload)
                .orElseThrow(() -> new ConflictException("webhook_disabled", "Webhook endpoint " + id + " is disabled or gone."));
    }

    /** Checks the fields that are set; creating, {@code url} is required. */
    private void check(EndpointRequest request, List<FieldProblem> problems, boolean creating) {
        if (creating || request.url() != null) {
            urls.problem(request.url()).ifPresent(p -> problems.add(new FieldProblem("url", p)));
        }
        if (request.events() != null) {
            if (request.events().isEmpty()) {
                problems.add(new FieldProblem("events", "must name at least one of " + String.join(", ", WebhookEvents.SUBSCRIBABLE)));
            }
            for (int i = 0; i < request.events().size(); i++) {
                if (!WebhookEvents.SUBSCRIBABLE.contains(request.events().get(i))) {
                    problems.add(new FieldProblem("events[" + i + "]", "must be one of " + String.join(", ", WebhookEvents.SUBSCRIBABLE)));
                }
            }
        }
        if (request.description() != null && request.description().length() > 500) {
            problems.add(new FieldProblem("description", "must be at most 500 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String describe(WebhookEndpoint before, WebhookEndpoint after) {
        List<String> parts = new ArrayList<>();
        if (!before.url().equals(after.url())) {
            parts.add("url " + after.url());
        }
        if (!before.events().equals(after.events())) {
            parts.add("events " + after.events());
        }
        if (before.enabled() != after.enabled()) {
            parts.add(after.enabled() ? "enabled" : "disabled");
        }
        if (!java.util.Objects.equals(before.description(), after.description())) {
            parts.add("description");
        }
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
