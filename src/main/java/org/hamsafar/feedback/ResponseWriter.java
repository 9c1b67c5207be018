package org.hamsafar.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.store.GroupCommitter;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes checked responses with group commit ({@link GroupCommitter}): the responses waiting at one
 * moment share a transaction, one customer look-up and one bulk append of their rows. Each
 * response's own refusals (quota reached, personal link used, customer not found) are decided
 * before anything of it is written, so they never roll back the others.
 */
@Component
class ResponseWriter implements DisposableBean {
    static final int MAX_GROUP = 500;
    private final ResponseRepository responses;
    private final CustomerDirectory customers;
    private final GroupCommitter<Item, Outcome> committer;
    private final ApplicationEventPublisher publisher;

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

    ResponseWriter(ResponseRepository responses, CustomerDirectory customers, WriteTransactions writes,
                   ApplicationEventPublisher publisher) {
        this.responses = responses;
        this.customers = customers;
        this.publisher = publisher;
        this.committer = new GroupCommitter<>("response-writer", writes, this::store, item -> 1, MAX_GROUP, 1);
    }

    CompletableFuture<Outcome> submit(Item item) {
        return committer.submit(item);
    }

    /**
     * Stores the group in the current transaction, in order: each response is first checked on
     * its own (stored before, survey full, personal link used), then the customers of all that
     * remain are resolved in one call and their rows appended in bulk.
     */
    private List<Outcome> store(List<Item> items) {
        Outcome[] outcomes = new Outcome[items.size()];
        Map<UUID, Long> storedBefore = responses.customersOf(items.stream()
                .filter(item -> item.submission().submissionKey() != null).map(Item::id).toList());
        Map<Long, Long> room = new HashMap<>();
        Set<Long> linksUsed = new HashSet<>();
        Map<UUID, Integer> firstOfId = new HashMap<>();
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            ResponseSubmission submission = item.submission();
            if (storedBefore.containsKey(item.id())) {
                outcomes[i] = new Outcome(storedBefore.get(item.id()), true, null);
                continue;
            }
            if (firstOfId.containsKey(item.id())) {
                continue; // a copy of an earlier item of this group: answered once that one is stored
            }
            Integer quota = item.survey().settings().quota();
            if (quota != null) {
                long left = room.computeIfAbsent(item.survey().id(), id -> quota - responses.countOf(id));
                if (left <= 0) {
                    outcomes[i] = Outcome.refusal(InvalidInputException.of("survey", "has reached its quota of " + quota + " responses"));
                    continue;
                }
                room.put(item.survey().id(), left - 1);
            }
            Long invitation = submission.invitationId();
            if (invitation != null && (linksUsed.contains(invitation) || responses.invitationAnswered(invitation))) {
                outcomes[i] = Outcome.refusal(new ResponseRecorder.InvitationUsedException());
                continue;
            }
            if (invitation != null) {
                linksUsed.add(invitation);
            }
            firstOfId.put(item.id(), i);
            accepted.add(i);
        }
        List<IdentityClaim> claims = new ArrayList<>();
        List<Integer> claiming = new ArrayList<>();
        for (int i : accepted) {
            if (items.get(i).submission().customer() != null) {
                claims.add(items.get(i).submission().customer());
                claiming.add(i);
            }
        }
        Map<Integer, Long> customerOf = new HashMap<>();
        if (!claims.isEmpty()) {
            CustomerDirectory.Resolved resolved = customers.resolve(claims);
            for (int c = 0; c < claiming.size(); c++) {
                Long customerId = resolved.customerIds().get(c);
                if (customerId == null) {
                    outcomes[claiming.get(c)] = Outcome.refusal(InvalidInputException.of("customer", resolved.problems().get(c)));
                } else {
                    customerOf.put(claiming.get(c), customerId);
                }
            }
        }
        List<StoredResponse> rows = new ArrayList<>();
        Map<UUID, String> surveyNames = new HashMap<>();
        Map<ResponseRepository.VersionKey, SurveyDefinition> definitions = new HashMap<>();
        for (int i : accepted) {
            if (outcomes[i] != null) {
                continue;
            }
            Item item = items.get(i);
            ResponseSubmission submission = item.submission();
            Long customerId = submission.customer() != null ? customerOf.get(i) : submission.customerId();
            String sourceIdentity = submission.customer() != null ? submission.customer().strongestIdentity()
                    : customerId == null ? null : "customer_id:" + customerId;
            StoredResponse response = new StoredResponse(item.id(), item.survey().id(), item.version(), customerId, sourceIdentity,
                    submission.channel(), submission.touchpoint(), submission.source(), submission.invitationId(),
                    submission.language(), item.submittedAt(), item.checked().values());
            rows.add(response);
            surveyNames.put(item.id(), item.survey().name());
            definitions.put(ResponseRepository.VersionKey.of(response), item.definition());
            outcomes[i] = new Outcome(customerId, false, null);
        }
        Set<UUID> stored = rows.isEmpty() ? Set.of() : responses.insertAll(rows, definitions);
        publishTexts(rows, stored, definitions);
        if (!stored.isEmpty()) {
            publisher.publishEvent(ResponsesStored.of(rows, stored, surveyNames, definitions)); // in the transaction: see ResponsesStored
        }
        for (int i : accepted) {
            if (outcomes[i].refused() == null && !stored.contains(items.get(i).id())) {
                outcomes[i] = new Outcome(outcomes[i].customerId(), true, null); // stored meanwhile by another writer
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (outcomes[i] == null) {
                // A copy of an earlier item: a duplicate of it, or refused as it was.
                Outcome first = outcomes[firstOfId.get(item.id())];
                outcomes[i] = first.refused() != null ? first : new Outcome(first.customerId(), true, null);
            }
            if (outcomes[i].refused() != null) {
                continue;
            }
            if (!outcomes[i].duplicate() && item.submission().invitationId() != null) {
                responses.markInvitationAnswered(item.submission().invitationId(), item.submittedAt());
            }
            item.alsoInTransaction().run();
        }
        return Arrays.asList(outcomes);
    }

    /** In the transaction on purpose: see {@link ResponseTextsStored}. */
    private void publishTexts(List<StoredResponse> rows, Set<UUID> stored, Map<ResponseRepository.VersionKey, SurveyDefinition> definitions) {
        ResponseTextsStored texts = ResponseTextsStored.of(rows, stored, definitions, true);
        if (!texts.texts().isEmpty()) {
            publisher.publishEvent(texts);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        committer.close();
    }
}
