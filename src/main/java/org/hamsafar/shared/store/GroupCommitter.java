package org.hamsafar.shared.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: writer threads take every item waiting at that moment (up to a total weight) and
 * store them in one {@link WriteTransactions} transaction, then answer each caller with its own
 * result. A transaction has a large fixed cost in the store, and both stores take one writer at a
 * time, so callers that arrive together share it instead of queueing behind one another. A caller
 * is answered only after its transaction committed. Should a shared transaction fail, each item
 * is retried alone, so that one bad item cannot fail the others.
 *
 * @param <I> what callers submit
 * @param <O> the answer to each item; {@code store} returns one per item, in order
 */
public final class GroupCommitter<I, O> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);
    private final WriteTransactions writes;
    private final Function<List<I>, List<O>> store;
    private final ToIntFunction<I> weight;
    private final int maxWeight;
    private final LinkedBlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;

    private record Pending<I, O>(I item, CompletableFuture<O> answer) {
    }

    /**
     * {@code store} runs inside the transaction; a group holds items of at most {@code maxWeight}
     * in total (at least one item); {@code threads} writers may overlap building one group with
     * writing another.
     */
    public GroupCommitter(String name, WriteTransactions writes, Function<List<I>, List<O>> store, ToIntFunction<I> weight,
                          int maxWeight, int threads) {
        this.writes = writes;
        this.store = store;
        this.weight = weight;
        this.maxWeight = maxWeight;
        for (int i = 0; i < Math.max(1, threads); i++) {
            Thread worker = new Thread(this::run, name + "-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    public CompletableFuture<O> submit(I item) {
        CompletableFuture<O> answer = new CompletableFuture<>();
        if (!running) {
            answer.completeExceptionally(new IllegalStateException("The server is shutting down"));
            return answer;
        }
        queue.add(new Pending<>(item, answer));
        return answer;
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Pending<I, O> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending<I, O>> group = new ArrayList<>();
                group.add(first);
                int total = weight.applyAsInt(first.item());
                // Several writers may share the queue: peek and poll as one step.
                synchronized (queue) {
                    Pending<I, O> next;
                    while ((next = queue.peek()) != null && total + weight.applyAsInt(next.item()) <= maxWeight) {
                        group.add(queue.poll());
                        total += weight.applyAsInt(next.item());
                    }
                }
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("A group writer failed unexpectedly", e);
            }
        }
    }

    private void write(List<Pending<I, O>> group) {
        try {
            List<I> items = group.stream().map(Pending::item).toList();
            List<O> answers = writes.run(() -> store.apply(items));
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).answer().completeExceptionally(e);
            } else {
                group.forEach(one -> write(List.of(one)));
            }
        }
    }

    /** Stops taking items, writes those waiting, and waits for the writers (at most 30 s each). */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join(30_000);
        }
    }
}
