package org.hamsafar.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records responses from every way in: checks the answers against the version the respondent saw,
 * names the customer, stores the response once (a double submit is a duplicate) and marks a personal
 * link as used in the same transaction, then tells other modules ({@link ResponseSubmitted}).
 */
@Service
public class ResponseRecorder {
    /** A submission time may lag (offline apps) but not lead the server's clock by more than this. */
    private static final Duration MAX_FUTURE = Duration.ofHours(24);
    private final SurveyCatalog surveys;
    private final ResponseRepository responses;
    private final CustomerDirectory customers;
    private final WriteTransactions writes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseRecorder(SurveyCatalog surveys, ResponseRepository responses, CustomerDirectory customers, WriteTransactions writes,
                     ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.customers = customers;
        this.writes = writes;
        this.events = events;
        this.clock = clock;
    }

    /** Thrown when a personal link was already answered by another submission. */
    public static class InvitationUsedException extends InvalidInputException {
        InvitationUsedException() {
            super(List.of(new FieldProblem("token", "was already used to answer this survey")));
        }
    }

    /**
     * Stores the submission, or throws {@link InvalidInputException} naming each wrong answer (and a
     * survey that takes no answers, or is full), or {@link InvitationUsedException}.
     */
    public RecordedResponse record(ResponseSubmission submission) {
        Survey survey = surveys.get(submission.surveyId());
        if (!survey.acceptsAnswers()) {
            throw InvalidInputException.of("survey", "is " + survey.status().key() + " and takes no responses");
        }
        int version = submission.surveyVersion() == null ? survey.version() : submission.surveyVersion();
        SurveyDefinition definition = version == survey.version() ? survey.definition()
                : surveys.version(survey.id(), version).orElseThrow(() -> InvalidInputException.of("surveyVersion", "is not a version of this survey"));
        CheckedAnswers checked = AnswerChecker.check(definition, submission.answers());
        if (!checked.valid()) {
            throw new InvalidInputException(checked.problems());
        }
        if (checked.values().isEmpty()) {
            throw InvalidInputException.of("answers", "must answer at least one question");
        }
        Instant now = clock.instant();
        Instant submittedAt = submission.submittedAt() == null ? now : submission.submittedAt();
        if (submittedAt.isAfter(now.plus(MAX_FUTURE))) {
            throw InvalidInputException.of("submittedAt", "must not be more than 24 hours in the future");
        }
        UUID id = submission.submissionKey() == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes(("response:" + survey.id() + ":" + submission.submissionKey()).getBytes(StandardCharsets.UTF_8));
        Outcome outcome = writes.run(() -> store(survey, version, definition, submission, checked, id, submittedAt));
        if (!outcome.duplicate()) {
            events.publishEvent(new ResponseSubmitted(id, survey.id(), version, survey.name(), outcome.customerId(),
                    submission.channel(), submission.touchpoint(), submission.language(), submittedAt, checked.values(),
                    types(definition, checked.values())));
        }
        return new RecordedResponse(id, version, outcome.customerId(), outcome.duplicate());
    }

    private record Outcome(Long customerId, boolean duplicate) {
    }

    private Outcome store(Survey survey, int version, SurveyDefinition definition, ResponseSubmission submission,
                          CheckedAnswers checked, UUID id, Instant submittedAt) {
        // Only a submission with a key can have been stored before (a random id is new).
        var earlier = submission.submissionKey() == null ? Optional.<StoredResponse>empty() : responses.find(id);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get().customerId(), true);
        }
        Integer quota = survey.settings().quota();
        if (quota != null && responses.countOf(survey.id()) >= quota) {
            throw InvalidInputException.of("survey", "has reached its quota of " + quota + " responses");
        }
        Long customerId = submission.customerId();
        String sourceIdentity = customerId == null ? null : "customer_id:" + customerId;
        if (submission.customer() != null) {
            CustomerDirectory.Resolved resolved = customers.resolve(List.of(submission.customer()));
            customerId = resolved.customerIds().get(0);
            if (customerId == null) {
                throw InvalidInputException.of("customer", resolved.problems().get(0));
            }
            sourceIdentity = submission.customer().strongestIdentity();
        }
        StoredResponse response = new StoredResponse(id, survey.id(), version, customerId, sourceIdentity, submission.channel(),
                submission.touchpoint(), submission.source(), submission.invitationId(), submission.language(), submittedAt,
                checked.values());
        if (!responses.insertIfNew(response, definition)) {
            return new Outcome(customerId, true);
        }
        if (submission.invitationId() != null && !responses.markInvitationAnswered(submission.invitationId(), submittedAt)) {
            throw new InvitationUsedException();
        }
        return new Outcome(customerId, false);
    }

    private static Map<String, QuestionType> types(SurveyDefinition definition, Map<String, Object> answers) {
        Map<String, QuestionType> types = new LinkedHashMap<>();
        answers.keySet().forEach(key -> types.put(key, definition.question(key).orElseThrow().type()));
        return types;
    }
}
