package org.hamsafar.actions.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox on threads of its own (never a request's or ingestion's): a dispatcher
 * thread claims due deliveries in short write transactions and hands each to one of
 * {@code hamsafar.notifications.worker.threads} (4) sender threads, so a slow endpoint holds up
 * one sender, not the outbox. Nothing is held open while sending: the claim is a row update, and
 * the outcome is written in a second short transaction.
 *
 * <p>At least once: a claim lasts a lease ({@code hamsafar.notifications.worker.lease}, PT5M, and
 * never less than the longest webhook attempt); a delivery whose worker stopped before writing the
 * outcome becomes due again when the lease ends, and is sent again with the same id.
 *
 * <p>The dispatcher wakes when a transaction that queued notifications commits, and every
 * {@code hamsafar.notifications.worker.poll-interval} (PT2S) for retries and other instances' work.
 * {@code hamsafar.notifications.worker.enabled=false} keeps the threads from starting with the
 * application; {@link #runOnce(Instant)} delivers on call.
 */
@Component
class DeliveryWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 50;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final DeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookSender webhooks;
    private final NotificationMailer mailer;
    private final RetryPolicy retries;
    private final WriteTransactions writes;
    private final Clock clock;
    private final boolean autoStart;
    private final int threads;
    private final Duration pollInterval;
    private final Duration lease;
    private final Duration keepDelivered;
    private final Duration keepDead;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Thread dispatcher;
    private volatile ExecutorService senders;
    private volatile boolean running;
    private Instant lastPurge = Instant.EPOCH;

    DeliveryWorker(DeliveryRepository deliveries, WebhookEndpointRepository endpoints, WebhookSender webhooks, NotificationMailer mailer,
                   RetryPolicy retries, WriteTransactions writes, Clock clock,
                   @Value("${hamsafar.notifications.worker.enabled:true}") boolean autoStart,
                   @Value("${hamsafar.notifications.worker.threads:4}") int threads,
                   @Value("${hamsafar.notifications.worker.poll-interval:PT2S}") Duration pollInterval,
                   @Value("${hamsafar.notifications.worker.lease:PT5M}") Duration lease,
                   @Value("${hamsafar.notifications.keep-delivered:P30D}") Duration keepDelivered,
                   @Value("${hamsafar.notifications.keep-dead:P90D}") Duration keepDead) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.webhooks = webhooks;
        this.mailer = mailer;
        this.retries = retries;
        this.writes = writes;
        this.clock = clock;
        this.autoStart = autoStart;
        this.threads = Math.max(1, threads);
        this.pollInterval = pollInterval;
        Duration longest = webhooks.longestAttempt().plusSeconds(30);
        this.lease = lease.compareTo(longest) < 0 ? longest : lease;
        this.keepDelivered = keepDelivered;
        this.keepDead = keepDead;
    }

    /** What one run did. */
    record Run(int delivered, int retrying, int dead) {
    }

    /** A delivery this worker holds for one attempt. */
    private record Claimed(Delivery delivery, UUID claim, int attempt) {
    }

    /** Tells the dispatcher there is new work (called after a commit that queued some). */
    void wake() {
        wakeUp.release();
    }

    Duration lease() {
        return lease;
    }

    /** Delivers everything due now, in the calling thread. */
    Run runOnce() {
        return runOnce(clock.instant());
    }

    /**
     * Delivers everything due at {@code now}, in the calling thread, treating {@code now} as the time
     * of every attempt (tests move time forward to reach retries instead of waiting for them).
     */
    Run runOnce(Instant now) {
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger retrying = new AtomicInteger();
        AtomicInteger dead = new AtomicInteger();
        while (true) {
            List<Claimed> batch = claim(now, BATCH);
            for (Claimed claimed : batch) {
                DeliveryState after = attempt(claimed, now);
                (after == DeliveryState.DELIVERED ? delivered : after == DeliveryState.DEAD ? dead : retrying).incrementAndGet();
            }
            if (batch.size() < BATCH) {
                return new Run(delivered.get(), retrying.get(), dead.get());
            }
        }
    }

    private List<Claimed> claim(Instant now, int limit) {
        // Looked for outside the write transaction: an idle outbox never takes the store's write lock.
        List<Delivery> candidates = deliveries.due(now, limit);
        if (candidates.isEmpty()) {
            return List.of();
        }
        return writes.run(() -> {
            List<Claimed> claimed = new ArrayList<>();
            for (Delivery due : candidates) {
                UUID claim = UUID.randomUUID();
                if (deliveries.claim(due.id(), claim, now, now.plus(lease))) {
                    // Read again under the claim: the row may have changed since it was found (redelivered, for one).
                    Delivery current = deliveries.find(due.id()).orElseThrow();
                    claimed.add(new Claimed(current, claim, current.attempts()));
                }
            }
            return claimed;
        });
    }

    /** One attempt and its outcome; returns the state the delivery is in afterwards. */
    private DeliveryState attempt(Claimed claimed, Instant now) {
        Delivery delivery = claimed.delivery();
        long started = System.nanoTime();
        AttemptOutcome outcome;
        try {
            outcome = switch (delivery.channel()) {
                case EMAIL -> mailer.send(delivery);
                case WEBHOOK -> webhook(delivery, claimed.attempt(), now);
            };
        } catch (RuntimeException e) {
            // A fault of this server, not of the receiver: counted as a failed attempt so that it is seen and retried.
            log.warn("Delivery {} failed unexpectedly", delivery.id(), e);
            outcome = AttemptOutcome.failure(null, "internal error: " + e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        AttemptOutcome result = outcome;
        Instant retryAt = result.delivered() || result.finalFailure() ? null : retries.retryAt(claimed.attempt(), now);
        boolean recorded = writes.run(() -> {
            boolean current = result.delivered()
                    ? deliveries.delivered(delivery.id(), claimed.claim(), now, result.status())
                    : deliveries.failed(delivery.id(), claimed.claim(), now, result.status(), result.error(), retryAt);
            if (current) {
                deliveries.addAttempt(delivery.id(), new DeliveryAttempt(claimed.attempt(), now, millis, result.status(), result.error()));
            }
            return current;
        });
        if (!recorded) {
            // The lease ran out and the row was taken over, redelivered or deleted meanwhile: its new owner reports.
            log.info("Delivery {} changed while it was being sent; its outcome ({}) is not recorded", delivery.id(),
                    result.delivered() ? "delivered" : result.error());
            return DeliveryState.PENDING;
        }
        if (result.delivered()) {
            return DeliveryState.DELIVERED;
        }
        if (retryAt == null) {
            log.warn("Notification {} to {} is dead after {} attempts: {}", delivery.id(),
                    delivery.channel() == Delivery.Channel.EMAIL ? delivery.recipient() : "webhook " + delivery.endpointId(),
                    claimed.attempt(), result.error());
            return DeliveryState.DEAD;
        }
        return DeliveryState.PENDING;
    }

    private AttemptOutcome webhook(Delivery delivery, int attempt, Instant now) {
        Optional<WebhookEndpoint> endpoint = endpoints.find(delivery.endpointId());
        if (endpoint.isEmpty()) {
            return AttemptOutcome.givenUp("the endpoint was deleted");
        }
        if (!endpoint.get().enabled()) {
            return AttemptOutcome.givenUp("the endpoint is disabled; enable it and redeliver");
        }
        return webhooks.send(endpoint.get(), delivery, attempt, now);
    }

    private void dispatch() {
        Semaphore free = new Semaphore(threads);
        while (running) {
            try {
                int slots = free.availablePermits();
                boolean more = false;
                if (slots > 0) {
                    List<Claimed> batch = claim(clock.instant(), slots);
                    for (Claimed claimed : batch) {
                        free.acquire();
                        senders.execute(() -> {
                            try {
                                attempt(claimed, clock.instant());
                            } catch (RuntimeException e) {
                                log.warn("Recording the outcome of delivery {} failed; it is retried when its claim lapses",
                                        claimed.delivery().id(), e);
                            } finally {
                                free.release();
                                wakeUp.release();
                            }
                        });
                    }
                    more = batch.size() == slots;
                }
                purgeNowAndThen();
                if (!more) {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                } else {
                    // Every sender is busy: wait for one to finish (it wakes the dispatcher) before claiming more.
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Claiming notifications failed, trying again in {}: {}", pollInterval, e.toString());
                try {
                    Thread.sleep(pollInterval.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Old delivered and dead rows go, so the outbox stays small. */
    private void purgeNowAndThen() {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        lastPurge = now;
        int purged = writes.run(() -> deliveries.purge(now.minus(keepDelivered), now.minus(keepDead)));
        if (purged > 0) {
            log.info("Removed {} old notification deliveries", purged);
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "notify-send-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Thread thread = new Thread(this::dispatch, "notify-dispatch");
        thread.setDaemon(true);
        dispatcher = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = dispatcher;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ExecutorService pool = senders;
        if (pool != null) {
            pool.shutdown();
            try {
                // Attempts under way may finish; what does not is sent again after its lease.
                if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        dispatcher = null;
        senders = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStart;
    }
}
