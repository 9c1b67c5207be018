package org.hamsafar.actions.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications/emails")
@Tag(name = "Notification e-mails", description = "E-mails to staff (case assigned, case escalated, alerts): queue and dead letters")
class EmailNotificationController {
    private final DeliveryLog deliveries;
    private final RetryPolicy retries;

    EmailNotificationController(DeliveryLog deliveries, RetryPolicy retries) {
        this.deliveries = deliveries;
        this.retries = retries;
    }

    @GetMapping
    @Operation(summary = "Notification e-mails, newest first", description = """
            `state`: pending, delivered or dead (the dead-letter list); paged by `limit` (1-200, default 50) and `cursor`.""")
    Page<Map<String, Object>> list(@RequestParam(required = false) String state, @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor) {
        DeliveryState wanted = WebhookController.state(state);
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        Page<Delivery> page = deliveries.emails(wanted, before, Cursors.limit(limit, 50, 200));
        return new Page<>(page.items().stream().map(d -> DeliveryView.delivery(d, retries.maxAttempts(), null)).toList(),
                page.nextCursor() == null ? null : Cursors.encode(page.nextCursor()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notification e-mail with every attempt")
    Map<String, Object> get(@PathVariable UUID id) {
        return DeliveryView.delivery(deliveries.get(id, Delivery.Channel.EMAIL), retries.maxAttempts(), deliveries.attempts(id));
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "Send a dead or delivered e-mail again",
            description = "It becomes pending with a fresh count of attempts; a pending one is 409.")
    Map<String, Object> resend(@PathVariable UUID id) {
        return DeliveryView.delivery(deliveries.redeliver(id, Delivery.Channel.EMAIL), retries.maxAttempts(), null);
    }
}
