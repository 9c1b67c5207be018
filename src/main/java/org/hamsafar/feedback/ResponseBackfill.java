package org.hamsafar.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Stores many past responses at once, such as the demo company's year of answers. Each response is
 * checked against its survey's current version exactly like a live submission; the responses, their
 * answer rows and the invitations that brought them are written with the store's bulk path in one
 * transaction, which takes milliseconds per thousand where {@link ResponseRecorder} takes a
 * transaction each.
 *
 * <p>Idempotent: a response's id derives from its survey and submission key the way
 * {@link ResponseRecorder} derives it, so storing the same responses again adds nothing, and an
 * unanswered invitation is skipped when its event already caused an invitation to that survey.
 * No {@link ResponseSubmitted} is published: these are history, not news that should open cases or
 * send notifications. {@link ResponseTextsStored} is, so that text analytics reads past comments too.
 */
@Service
public class ResponseBackfill {
    private final SurveyCatalog surveys;
    private final ResponseRepository responses;
    private final SequenceBlocks ids;
    private final WriteTransactions writes;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    ResponseBackfill(SurveyCatalog surveys, ResponseRepository responses, SequenceBlocks ids, WriteTransactions writes, Clock clock,
                     ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.surveys = surveys;
        this.responses = responses;
        this.ids = ids;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * A personal invitation that was sent: {@code channel} email or sms; {@code eventId} the
     * interaction that caused it (may be null); {@code remindedAt} the one reminder, or null. A sent,
     * unanswered invitation without a reminder gets its reminder from the dispatcher like any other.
     */
    public record PastInvitation(String channel, UUID eventId, Instant sentAt, Instant remindedAt) {
        public PastInvitation {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(sentAt, "sentAt");
        }
    }

    /**
     * A response as it was given. {@code submissionKey} names it uniquely within its survey;
     * {@code customerId} must name a stored customer and {@code sourceIdentity} ("kind:value") the
     * identity it was known by; {@code source} is how it arrived (page, widget, api);
     * {@code invitation} the invitation it answered, or null.
     */
    public record PastResponse(long surveyId, String submissionKey, long customerId, String sourceIdentity, String channel,
                               String touchpoint, String source, String language, Instant submittedAt, Map<String, ?> answers,
                               PastInvitation invitation) {
        public PastResponse {
            Objects.requireNonNull(submissionKey, "submissionKey");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(source, "source");
        }
    }

    /** An invitation nobody answered: stored as sent, or as expired once its expiry has passed. */
    public record UnansweredInvitation(long surveyId, long customerId, String touchpoint, PastInvitation invitation) {
    }

    /** What was new: responses (with their answer rows) and invitations. */
    public record Stored(int responses, int invitations) {
    }

    /**
     * Stores what is not stored yet, or throws {@link InvalidInputException} naming each wrong
     * response ("responses[i].answers.nps", ...) before anything is written.
     */
    public Stored store(List<PastResponse> past, List<UnansweredInvitation> unanswered) {
        Instant now = clock.instant();
        Map<Long, Survey> surveysById = new HashMap<>();
        Map<ResponseRepository.VersionKey, SurveyDefinition> definitions = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        long invited = past.stream().filter(p -> p.invitation() != null).count();
        Iterator<Long> invitationIds = ids.next("survey_invitation_seq", (int) invited + unanswered.size()).iterator();
        List<StoredResponse> rows = new ArrayList<>(past.size());
        Map<UUID, Invitation> answeredInvitations = new LinkedHashMap<>();
        for (int i = 0; i < past.size(); i++) {
            PastResponse p = past.get(i);
            String at = "responses[" + i + "]";
            Survey survey = surveysById.computeIfAbsent(p.surveyId(), surveys::get);
            CheckedAnswers checked = AnswerChecker.check(survey.definition(), p.answers());
            checked.problems().forEach(problem -> problems.add(new FieldProblem(at + "." + problem.field(), problem.message())));
            if (checked.valid() && checked.values().isEmpty()) {
                problems.add(new FieldProblem(at + ".answers", "must answer at least one question"));
            }
            if (p.channel() == null || Channel.fromKey(p.channel()).isEmpty()) {
                problems.add(new FieldProblem(at + ".channel", "must be a channel key"));
            }
            if (p.submittedAt().isAfter(now)) {
                problems.add(new FieldProblem(at + ".submittedAt", "must not be in the future"));
            }
            if (p.invitation() != null && p.invitation().sentAt().isAfter(p.submittedAt())) {
                problems.add(new FieldProblem(at + ".invitation.sentAt", "must not be after the response"));
            }
            definitions.put(new ResponseRepository.VersionKey(survey.id(), survey.version()), survey.definition());
            UUID id = UUID.nameUUIDFromBytes(("response:" + survey.id() + ":" + p.submissionKey()).getBytes(StandardCharsets.UTF_8));
            Long invitationId = null;
            if (p.invitation() != null) {
                invitationId = invitationIds.next();
                answeredInvitations.put(id, invitation(invitationId, survey, p.customerId(), p.touchpoint(), p.invitation(),
                        InvitationStatus.ANSWERED, p.submittedAt()));
            }
            rows.add(new StoredResponse(id, survey.id(), survey.version(), p.customerId(), p.sourceIdentity(), p.channel(),
                    p.touchpoint(), p.source(), invitationId, p.language(), p.submittedAt(), checked.values()));
        }
        List<Invitation> open = new ArrayList<>(unanswered.size());
        for (UnansweredInvitation u : unanswered) {
            Survey survey = surveysById.computeIfAbsent(u.surveyId(), surveys::get);
            Instant expires = u.invitation().sentAt().plus(Duration.ofDays(survey.settings().invitationExpiryDays()));
            open.add(invitation(invitationIds.next(), survey, u.customerId(), u.touchpoint(), u.invitation(),
                    expires.isAfter(now) ? InvitationStatus.SENT : InvitationStatus.EXPIRED, null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return writes.run(() -> {
            Set<UUID> fresh = responses.insertAll(rows, definitions);
            ResponseTextsStored texts = ResponseTextsStored.of(rows, fresh, definitions, false);
            if (!texts.texts().isEmpty()) {
                publisher.publishEvent(texts); // past comments are analysed like new ones
            }
            List<Invitation> invitations = new ArrayList<>();
            answeredInvitations.forEach((responseId, invitation) -> {
                if (fresh.contains(responseId)) {
                    invitations.add(invitation);
                }
            });
            invitations.addAll(notInvitedBefore(open));
            responses.insertInvitations(invitations);
            return new Stored(fresh.size(), invitations.size());
        });
    }

    /** Leaves out invitations whose event already caused one to the same survey (a second run). */
    private List<Invitation> notInvitedBefore(List<Invitation> open) {
        Map<Long, List<UUID>> eventsBySurvey = new HashMap<>();
        open.stream().filter(i -> i.eventId() != null)
                .forEach(i -> eventsBySurvey.computeIfAbsent(i.surveyId(), s -> new ArrayList<>()).add(i.eventId()));
        Map<Long, Set<UUID>> invited = new HashMap<>();
        eventsBySurvey.forEach((survey, events) -> invited.put(survey, responses.invitedFor(survey, events)));
        return open.stream()
                .filter(i -> i.eventId() == null || !invited.getOrDefault(i.surveyId(), Set.of()).contains(i.eventId()))
                .toList();
    }

    private static Invitation invitation(long id, Survey survey, long customerId, String touchpoint, PastInvitation past,
                                         InvitationStatus status, Instant answeredAt) {
        Instant expires = past.sentAt().plus(Duration.ofDays(survey.settings().invitationExpiryDays()));
        return new Invitation(id, survey.id(), customerId, past.channel(), touchpoint, null, past.eventId(),
                SurveyInvitations.newToken(), status, null, past.sentAt(), past.sentAt(), past.remindedAt(), answeredAt, expires, 1,
                past.sentAt());
    }
}
