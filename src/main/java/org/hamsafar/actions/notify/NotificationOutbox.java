package org.hamsafar.actions.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues notifications: e-mails and webhooks. Call it inside the transaction of the change a
 * notification reports: its rows are written in that transaction, so they exist exactly when the
 * change committed, and a background worker delivers them after the commit (never the caller's
 * thread; a slow or failing receiver never holds up the caller). Called outside a transaction, it
 * writes in one of its own.
 *
 * <p>Nothing here fails the caller's transaction for a recipient or endpoint that cannot be
 * reached: an unknown user, a user without an e-mail address, an unknown team or a deleted
 * endpoint is skipped (and logged); what was queued is returned.
 *
 * <p>A notification that carries a customer's data (their id, answers, words) names that customer
 * ({@code customerId} in the overloads that take one), so that erasing the customer reaches it:
 * see {@link NotificationCustomerData}.
 */
@Service
public class NotificationOutbox {
    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final EmailRecipients recipients;
    private final NoticeTexts texts;
    private final DeliveryWorker worker;
    private final WriteTransactions writes;
    private final Clock clock;

    NotificationOutbox(DeliveryRepository deliveries, WebhookEndpointRepository endpoints, EmailRecipients recipients, NoticeTexts texts,
                       DeliveryWorker worker, WriteTransactions writes, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.recipients = recipients;
        this.texts = texts;
        this.worker = worker;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Queues one e-mail per address that {@code to} names, each in its reader's language: a
     * recipient is {@code user:<username>} (their address and language), {@code team:<key>} (its
     * manager and members) or an e-mail address (in {@code hamsafar.default-language}). An address
     * named twice gets one e-mail. Returns the ids of the queued e-mails.
     */
    public List<UUID> email(List<String> to, Notice notice) {
        return email(to, notice, null);
    }

    /** As {@link #email(List, Notice)}, for a notice about the customer {@code customerId} (null: about none). */
    public List<UUID> email(List<String> to, Notice notice, Long customerId) {
        List<EmailRecipients.Addressee> addressees = recipients.resolve(to);
        if (addressees.isEmpty()) {
            log.info("A {} e-mail to {} reaches nobody with an e-mail address; none is sent", notice.kind(), to);
            return List.of();
        }
        Instant now = clock.instant();
        List<Delivery> queued = new ArrayList<>();
        for (EmailRecipients.Addressee addressee : addressees) {
            NoticeTexts.RenderedEmail email = texts.render(notice, addressee.language(), addressee.name());
            queued.add(Delivery.email(UUID.randomUUID(), deliveries.nextSeq(), notice.kind(), addressee.address(), email.language(),
                    email.subject(), email.text(), customerId, now));
        }
        return store(queued);
    }

    /**
     * Queues {@code eventType} with {@code payload} (a JSON object's fields) for every enabled
     * endpoint that subscribes to it. Returns the ids of the deliveries (one per endpoint).
     *
     * @throws IllegalArgumentException for an event type that is not in {@link WebhookEvents}
     */
    public List<UUID> webhook(String eventType, Map<String, Object> payload) {
        return webhook(eventType, payload, null);
    }

    /** As {@link #webhook(String, Map)}, for an event about the customer {@code customerId} (null: about none). */
    public List<UUID> webhook(String eventType, Map<String, Object> payload, Long customerId) {
        checkType(eventType);
        List<WebhookEndpoint> subscribers = endpoints.subscribers(eventType);
        if (subscribers.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        String body = body(eventType, payload, now);
        List<Delivery> queued = new ArrayList<>();
        for (WebhookEndpoint endpoint : subscribers) {
            queued.add(Delivery.webhook(UUID.randomUUID(), deliveries.nextSeq(), endpoint.id(), eventType, body, customerId, now));
        }
        return store(queued);
    }

    /**
     * Queues {@code eventType} for one endpoint, whatever it subscribes to (a rule that names the
     * endpoint). Empty when the endpoint does not exist or is disabled.
     *
     * @throws IllegalArgumentException for an event type that is not in {@link WebhookEvents}
     */
    public Optional<UUID> webhookTo(long endpointId, String eventType, Map<String, Object> payload) {
        return webhookTo(endpointId, eventType, payload, null);
    }

    /** As {@link #webhookTo(long, String, Map)}, for an event about the customer {@code customerId} (null: about none). */
    public Optional<UUID> webhookTo(long endpointId, String eventType, Map<String, Object> payload, Long customerId) {
        checkType(eventType);
        Optional<WebhookEndpoint> endpoint = endpoints.find(endpointId);
        if (endpoint.isEmpty() || !endpoint.get().enabled()) {
            log.info("Webhook {} for endpoint {} not queued: the endpoint {}", eventType, endpointId,
                    endpoint.isEmpty() ? "does not exist" : "is disabled");
            return Optional.empty();
        }
        Instant now = clock.instant();
        Delivery delivery = Delivery.webhook(UUID.randomUUID(), deliveries.nextSeq(), endpointId, eventType,
                body(eventType, payload, now), customerId, now);
        return store(List.of(delivery)).stream().findFirst();
    }

    /** Whether a webhook endpoint with this id exists (enabled or not), for checks when a rule names one. */
    public boolean webhookExists(long endpointId) {
        return endpoints.find(endpointId).isPresent();
    }

    private static void checkType(String eventType) {
        if (!WebhookEvents.known(eventType)) {
            throw new IllegalArgumentException("Unknown webhook event type " + eventType + "; known: " + WebhookEvents.SUBSCRIBABLE);
        }
    }

    /**
     * The JSON every receiver of one event gets: {@code id} (the event's, the same for every
     * endpoint; the delivery's id is the Hamsafar-Delivery header), {@code type}, {@code createdAt}
     * and {@code data}, the payload.
     */
    private static String body(String eventType, Map<String, Object> payload, Instant now) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", eventType);
        envelope.put("createdAt", now.toString());
        envelope.put("data", payload == null ? Map.of() : payload);
        return JSON.writeValueAsString(envelope);
    }

    private List<UUID> store(List<Delivery> queued) {
        return inTransaction(() -> {
            for (Delivery delivery : queued) {
                deliveries.insert(delivery);
            }
            return queued.stream().map(Delivery::id).toList();
        });
    }

    /** In the caller's transaction, waking the worker once it commits; else in a transaction of its own. */
    private <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            T result = work.get();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        worker.wake();
                    }
                });
            }
            return result;
        }
        T result = writes.run(work);
        worker.wake();
        return result;
    }
}
