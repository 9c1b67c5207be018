package org.hamsafar.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Writes checked responses with group commit: one thread takes every response waiting at that
 * moment and stores them in a single transaction, then answers each caller. A transaction costs the
 * store far more than one response's rows (on DuckDB, one writer at a time), so responses that
 * arrive together share it. Each response's own refusals (quota reached, personal link used,
 * customer not found) are decided before anything of it is written, so they never roll back the
 * others; should the shared transaction fail for another reason, each response is retried alone.
 */
@Component
class ResponseWriter implements DisposableBean {
    static final int MAX_GROUP = 500;
    private static final Logger log = LoggerFactory.getLogger(ResponseWriter.class);
    private final ResponseRepository responses;
    private final CustomerDirectory customers;
    private final WriteTransactions writes;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean running = true;

    /**
     * A response ready to be stored. {@code alsoInTransaction} runs in the same transaction when the
     * response is stored or found to be a duplicate (the page marks its draft as sent).
     */
    record Item(Survey survey, int version, SurveyDefinition definition, ResponseSubmission submission, CheckedAnswers checked,
                UUID id, Instant submittedAt, Runnable alsoInTransaction) {
    }

    /** What became of an item: stored or a duplicate, for a customer; or refused (then nothing of it was written). */
    record Outcome(Long customerId, boolean duplicate, InvalidInputException refused) {
        static Outcome refusal(InvalidInputException reason) {
            return new Outcome(null, false, reason);
        }
    }

    private record Pending(Item item, CompletableFuture<Outcome> answer) {
    }

    ResponseWriter(ResponseRepository responses, CustomerDirectory customers, WriteTransactions writes) {
        this.responses = responses;
        this.customers = customers;
        this.writes = writes;
        this.worker = new Thread(this::run, "response-writer");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    CompletableFuture<Outcome> submit(Item item) {
        CompletableFuture<Outcome> answer = new CompletableFuture<>();
        if (!running) {
            answer.completeExceptionally(new IllegalStateException("The server is shutting down"));
            return answer;
        }
        queue.add(new Pending(item, answer));
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
                queue.drainTo(group, MAX_GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("The response writer failed unexpectedly", e);
            }
        }
    }

    private void write(List<Pending> group) {
        try {
            List<Outcome> outcomes = writes.run(() -> group.stream().map(pending -> store(pending.item())).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer().complete(outcomes.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).answer().completeExceptionally(e);
            } else {
                group.forEach(one -> write(List.of(one)));
            }
        }
    }

    /** Stores one response in the current transaction, or says why not before writing anything of it. */
    private Outcome store(Item item) {
        ResponseSubmission submission = item.submission();
        // Only a submission with a key can have been stored before (a random id is new).
        Optional<StoredResponse> earlier = submission.submissionKey() == null ? Optional.empty() : responses.find(item.id());
        if (earlier.isPresent()) {
            item.alsoInTransaction().run();
            return new Outcome(earlier.get().customerId(), true, null);
        }
        Integer quota = item.survey().settings().quota();
        if (quota != null && responses.countOf(item.survey().id()) >= quota) {
            return Outcome.refusal(InvalidInputException.of("survey", "has reached its quota of " + quota + " responses"));
        }
        if (submission.invitationId() != null && responses.invitationAnswered(submission.invitationId())) {
            return Outcome.refusal(new ResponseRecorder.InvitationUsedException());
        }
        Long customerId = submission.customerId();
        String sourceIdentity = customerId == null ? null : "customer_id:" + customerId;
        if (submission.customer() != null) {
            CustomerDirectory.Resolved resolved = customers.resolve(List.of(submission.customer()));
            customerId = resolved.customerIds().get(0);
            if (customerId == null) {
                return Outcome.refusal(InvalidInputException.of("customer", resolved.problems().get(0)));
            }
            sourceIdentity = submission.customer().strongestIdentity();
        }
        StoredResponse response = new StoredResponse(item.id(), item.survey().id(), item.version(), customerId, sourceIdentity,
                submission.channel(), submission.touchpoint(), submission.source(), submission.invitationId(), submission.language(),
                item.submittedAt(), item.checked().values());
        boolean stored = responses.insertIfNew(response, item.definition());
        if (stored && submission.invitationId() != null) {
            responses.markInvitationAnswered(submission.invitationId(), item.submittedAt());
        }
        item.alsoInTransaction().run();
        return new Outcome(customerId, !stored, null);
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        worker.join(30_000);
    }
}
