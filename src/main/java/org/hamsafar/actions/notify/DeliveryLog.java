package org.hamsafar.actions.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/** The deliveries of webhooks and e-mails as admins see them: lists by state, attempts, and redelivery of dead letters. */
@Service
class DeliveryLog {
    private final DeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final DeliveryWorker worker;
    private final AuditLog audit;
    private final WriteTransactions writes;
    private final Clock clock;

    DeliveryLog(DeliveryRepository deliveries, WebhookEndpointRepository endpoints, DeliveryWorker worker, AuditLog audit,
                WriteTransactions writes, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.worker = worker;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    /** An endpoint's webhook deliveries, newest first, after the cursor {@code beforeSeq}. */
    Page<Delivery> webhooks(long endpointId, DeliveryState state, Long beforeSeq, int limit) {
        if (endpoints.find(endpointId).isEmpty()) {
            throw new NotFoundException("No webhook endpoint " + endpointId);
        }
        return page(deliveries.list(Delivery.Channel.WEBHOOK, endpointId, state, beforeSeq, limit + 1), limit);
    }

    /** Notification e-mails, newest first, after the cursor {@code beforeSeq}. */
    Page<Delivery> emails(DeliveryState state, Long beforeSeq, int limit) {
        return page(deliveries.list(Delivery.Channel.EMAIL, null, state, beforeSeq, limit + 1), limit);
    }

    Delivery get(UUID id, Delivery.Channel channel) {
        return deliveries.find(id).filter(d -> d.channel() == channel)
                .orElseThrow(() -> new NotFoundException("No " + channel.key() + " delivery " + id));
    }

    List<DeliveryAttempt> attempts(UUID id) {
        return deliveries.attempts(id);
    }

    /** A dead or delivered delivery is sent again, with the same id; 409 when it is still pending. */
    Delivery redeliver(UUID id, Delivery.Channel channel) {
        get(id, channel);
        Instant now = clock.instant();
        boolean requeued = writes.run(() -> {
            boolean changed = deliveries.redeliver(id, now);
            if (changed) {
                audit.record(channel == Delivery.Channel.WEBHOOK ? "webhook_redelivered" : "email_resent", "delivery:" + id, null);
            }
            return changed;
        });
        if (!requeued) {
            if (deliveries.erased(id)) {
                throw new ConflictException("delivery_erased", "Delivery " + id
                        + " was about a customer who has been erased; its content is gone and it cannot be sent again.");
            }
            throw new ConflictException("delivery_pending", "Delivery " + id + " is pending already; it goes out at its next attempt.");
        }
        worker.wake();
        return get(id, channel);
    }

    private static Page<Delivery> page(List<Delivery> rows, int limit) {
        String next = rows.size() > limit ? Long.toString(rows.get(limit - 1).seq()) : null;
        return new Page<>(rows.subList(0, Math.min(limit, rows.size())), next);
    }
}
