package org.hamsafar.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes event batches with group commit: one thread takes every batch waiting at that moment and
 * stores them in a single transaction (resolving customers and appending events), then answers each
 * batch with its own counts. A transaction has a large fixed cost in the store, so concurrent
 * clients share it instead of queueing behind one another; a batch is answered only after its
 * transaction committed. Should a shared transaction fail, each of its batches is retried alone,
 * so that one bad batch cannot fail the others.
 *
 * <p>One thread writes by default: both stores take one writer at a time (see
 * {@code WriteTransactions}), so more threads ({@code hamsafar.events.writers}) only overlap the
 * building of one group with the writing of another.
 */
@Component
class EventWriter implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(EventWriter.class);
    private final CustomerDirectory customers;
    private final EventRepository repository;
    private final WriteTransactions writes;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final int maxGroupEvents;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;

    EventWriter(CustomerDirectory customers, EventRepository repository, WriteTransactions writes, Clock clock,
                ApplicationEventPublisher publisher, @Value("${hamsafar.events.max-group-events:20000}") int maxGroupEvents,
                @Value("${hamsafar.events.writers:1}") int writers) {
        this.customers = customers;
        this.repository = repository;
        this.writes = writes;
        this.clock = clock;
        this.publisher = publisher;
        this.maxGroupEvents = maxGroupEvents;
        int threads = Math.max(1, writers);
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::run, "event-writer-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    /** A batch waiting to be written, and the answer its caller waits for. */
    private record Pending(List<EventInput> events, List<Long> indexes, CompletableFuture<IngestReport> answer) {
    }

    CompletableFuture<IngestReport> submit(List<EventInput> events, List<Long> indexes) {
        CompletableFuture<IngestReport> answer = new CompletableFuture<>();
        if (!running) {
            answer.completeExceptionally(new IllegalStateException("The server is shutting down"));
            return answer;
        }
        queue.add(new Pending(events, indexes, answer));
        return answer;
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> group = new ArrayList<>();
                group.add(first);
                int events = first.events().size();
                // Several writers may share the queue: peek and poll as one step.
                synchronized (queue) {
                    Pending next;
                    while ((next = queue.peek()) != null && events + next.events().size() <= maxGroupEvents) {
                        group.add(queue.poll());
                        events += next.events().size();
                    }
                }
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("The event writer failed unexpectedly", e);
            }
        }
    }

    private void write(List<Pending> group) {
        try {
            List<IngestReport> reports = writes.run(() -> store(group));
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer().complete(reports.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).answer().completeExceptionally(e);
            } else {
                group.forEach(one -> write(List.of(one)));
            }
        }
    }

    /** Stores every batch of the group in the current transaction and counts per batch. */
    private List<IngestReport> store(List<Pending> group) {
        List<IdentityClaim> claims = new ArrayList<>();
        group.forEach(pending -> pending.events().forEach(e -> claims.add(e.customer())));
        CustomerDirectory.Resolved resolved = customers.resolve(claims);
        List<Long> customerIds = resolved.customerIds();
        List<NewEvent> rows = new ArrayList<>(claims.size());
        List<List<IngestReport.Rejection>> rejections = new ArrayList<>();
        int position = 0;
        for (Pending pending : group) {
            List<IngestReport.Rejection> rejected = new ArrayList<>();
            for (int i = 0; i < pending.events().size(); i++, position++) {
                Long customerId = customerIds.get(position);
                EventInput e = pending.events().get(i);
                if (customerId == null) {
                    String problem = resolved.problems().get(position);
                    String field = e.customer().customerId() != null && !problem.startsWith("these") ? "customer.customerId" : "customer";
                    rejected.add(new IngestReport.Rejection(pending.indexes().get(i), List.of(new FieldProblem(field, problem))));
                    continue;
                }
                rows.add(new NewEvent(e.storedId(), e.id(), customerId,
                        e.customer().strongestIdentity(), e.type(), e.channel(), e.touchpoint(), e.occurredAt(), e.sessionId(),
                        e.value(), e.currency(), e.text(), e.propertiesJson()));
            }
            rejections.add(rejected);
        }
        Set<UUID> inserted = repository.insertNew(rows, clock.instant());
        List<IngestReport> reports = new ArrayList<>(group.size());
        Set<UUID> counted = new HashSet<>();
        List<RecordedInteraction> recorded = new ArrayList<>(inserted.size());
        int row = 0;
        for (int g = 0; g < group.size(); g++) {
            int stored = group.get(g).events().size() - rejections.get(g).size();
            long accepted = 0;
            for (int i = 0; i < stored; i++, row++) {
                NewEvent event = rows.get(row);
                UUID id = event.id();
                // The first occurrence of an id in the group is the one that was stored.
                if (inserted.contains(id) && counted.add(id)) {
                    accepted++;
                    recorded.add(new RecordedInteraction(id, event.customerId(), event.type(), event.channel().key(),
                            event.touchpoint(), event.occurredAt()));
                }
            }
            reports.add(new IngestReport(accepted, stored - accepted, rejections.get(g)));
        }
        if (!recorded.isEmpty()) {
            // Inside the transaction on purpose: listeners' writes (invitations from survey triggers)
            // commit with the events or not at all (see InteractionsRecorded).
            publisher.publishEvent(new InteractionsRecorded(Collections.unmodifiableList(recorded)));
        }
        return reports;
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join(30_000);
        }
    }
}
