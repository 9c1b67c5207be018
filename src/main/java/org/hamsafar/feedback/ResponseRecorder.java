package org.hamsafar.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records responses from every way in: checks the answers against the version the respondent saw,
 * then has the {@link ResponseWriter} name the customer, store the response once (a double submit
 * is a duplicate) and mark a personal link as used in one transaction, shared with the responses
 * arriving at the same moment; then tells other modules ({@link ResponseSubmitted}).
 */
@Service
public class ResponseRecorder {
    /** A submission time may lag (offline apps) but not lead the server's clock by more than this. */
    private static final Duration MAX_FUTURE = Duration.ofHours(24);
    /** A caller waits at most this long for the shared write (it normally takes milliseconds). */
    private static final long MAX_WAIT_SECONDS = 120;
    private final SurveyCatalog surveys;
    private final ResponseWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseRecorder(SurveyCatalog surveys, ResponseWriter writer, ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.writer = writer;
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
        return record(submission, () -> { });
    }

    /**
     * Like {@link #record(ResponseSubmission)}; {@code alsoInTransaction} runs in the transaction
     * that stores the response (or finds it stored before), so that both commit or neither does.
     */
    public RecordedResponse record(ResponseSubmission submission, Runnable alsoInTransaction) {
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
        ResponseWriter.Outcome outcome = await(writer.submit(new ResponseWriter.Item(survey, version, definition, submission, checked,
                id, submittedAt, alsoInTransaction)));
        if (outcome.refused() != null) {
            throw outcome.refused();
        }
        if (!outcome.duplicate()) {
            events.publishEvent(new ResponseSubmitted(id, survey.id(), version, survey.name(), outcome.customerId(),
                    submission.channel(), submission.touchpoint(), submission.language(), submittedAt, checked.values(),
                    types(definition, checked.values()), submission.invitationId()));
        }
        return new RecordedResponse(id, version, outcome.customerId(), outcome.duplicate());
    }

    private static ResponseWriter.Outcome await(CompletableFuture<ResponseWriter.Outcome> outcome) {
        try {
            return outcome.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing a response", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Storing the response took longer than " + MAX_WAIT_SECONDS + " s", e);
        }
    }

    private static Map<String, QuestionType> types(SurveyDefinition definition, Map<String, Object> answers) {
        Map<String, QuestionType> types = new LinkedHashMap<>();
        answers.keySet().forEach(key -> types.put(key, definition.question(key).orElseThrow().type()));
        return types;
    }
}
