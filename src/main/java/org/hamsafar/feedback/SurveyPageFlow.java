package org.hamsafar.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * What the public page may do for a visitor: which survey and personal link an address opens (or
 * why it opens none), the partly answered form to resume, and the response it finally records.
 */
@Service
class SurveyPageFlow {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern DRAFT_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private final SurveyCatalog surveys;
    private final InvitationRepository invitations;
    private final ResponseRepository responses;
    private final SurveyDraftRepository drafts;
    private final ResponseRecorder recorder;
    private final WriteTransactions writes;
    private final Clock clock;

    SurveyPageFlow(SurveyCatalog surveys, InvitationRepository invitations, ResponseRepository responses,
                   SurveyDraftRepository drafts, ResponseRecorder recorder, WriteTransactions writes, Clock clock) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.responses = responses;
        this.drafts = drafts;
        this.recorder = recorder;
        this.writes = writes;
        this.clock = clock;
    }

    /** Why an address opens no form. */
    enum Refusal {
        /** No such survey, or one still being written (a draft is not public yet). */
        NOT_FOUND,
        /** Paused, closed, or full (its quota of responses reached). */
        CLOSED,
        LINK_UNKNOWN,
        LINK_EXPIRED,
        LINK_USED
    }

    /** The survey an address opens, with its personal link if it carried one; or the refusal. */
    record Entry(Survey survey, Invitation invitation, Refusal refusal) {
        boolean refused() {
            return refusal != null;
        }

        Long invitationId() {
            return invitation == null ? null : invitation.id();
        }

        /** The channel the response came through: a personal link's (e-mail, SMS), else the web. */
        String channel() {
            if (invitation == null || Channel.fromKey(invitation.channel()).isEmpty()) {
                return Channel.WEB.key();
            }
            return invitation.channel();
        }
    }

    /** The survey at {@code surveyKey}, opened with the personal link's {@code token} if given. */
    Entry open(String surveyKey, String token) {
        Survey survey = surveys.findByKey(surveyKey).orElse(null);
        if (survey == null || survey.status() == SurveyStatus.DRAFT) {
            return new Entry(survey, null, Refusal.NOT_FOUND);
        }
        Invitation invitation = null;
        if (token != null && !token.isBlank()) {
            invitation = token.length() > 43 ? null
                    : invitations.findByToken(token).filter(i -> i.surveyId() == survey.id()).orElse(null);
            if (invitation == null) {
                return new Entry(survey, null, Refusal.LINK_UNKNOWN);
            }
            if (invitation.answered()) {
                return new Entry(survey, invitation, Refusal.LINK_USED);
            }
            if (invitation.expiredAt(clock.instant())) {
                return new Entry(survey, invitation, Refusal.LINK_EXPIRED);
            }
        }
        if (!survey.acceptsAnswers() || full(survey)) {
            return new Entry(survey, invitation, Refusal.CLOSED);
        }
        return new Entry(survey, invitation, null);
    }

    /** Whether the survey's quota of responses is reached. */
    boolean full(Survey survey) {
        Integer quota = survey.settings().quota();
        return quota != null && responses.countOf(survey.id()) >= quota;
    }

    /** The survey at {@code surveyKey} if it takes answers now: what the widget may show. */
    Optional<Survey> openForWidget(String surveyKey) {
        return surveys.findByKey(surveyKey).filter(s -> s.acceptsAnswers() && !full(s));
    }

    /**
     * The draft {@code draftId} names, if it belongs to this survey and to the same personal link
     * (or to none, like the visit): a draft of another link is never shown.
     */
    Optional<SurveyDraft> draft(String draftId, Survey survey, Long invitationId) {
        if (draftId == null || !DRAFT_ID.matcher(draftId).matches()) {
            return Optional.empty();
        }
        return drafts.find(draftId).filter(d -> d.surveyId() == survey.id()
                && java.util.Objects.equals(d.invitationId(), invitationId));
    }

    /** A fresh draft of the survey's current version with a new id, not stored until a page is sent. */
    SurveyDraft newDraft(Entry entry, int version, String language, String touchpoint) {
        return newDraft(null, entry, version, language, touchpoint);
    }

    /**
     * A fresh draft, not stored until a page is sent. It keeps {@code wantedId} (the id the form
     * was drawn with) when no draft has it yet, so that sending a one-page form twice is seen as
     * the same submission.
     */
    SurveyDraft newDraft(String wantedId, Entry entry, int version, String language, String touchpoint) {
        String id = wantedId != null && DRAFT_ID.matcher(wantedId).matches() && drafts.find(wantedId).isEmpty() ? wantedId : newId();
        String tp = entry.invitation() != null ? entry.invitation().touchpoint() : (Keys.isKey(touchpoint) ? touchpoint : null);
        Instant now = clock.instant();
        return new SurveyDraft(id, entry.survey().id(), version, entry.invitationId(), language, tp, 1, Map.of(), now, now, null);
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The questions of the version the draft answers (the current one if that version is gone). */
    SurveyDefinition definition(Survey survey, int version) {
        return version == survey.version() ? survey.definition() : surveys.version(survey.id(), version).orElse(survey.definition());
    }

    void save(SurveyDraft draft) {
        writes.run(() -> drafts.save(draft));
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Records the finished form; the draft id is the submission key, so a second send of the same
     * form is a duplicate, stored once. Marks the draft as sent in the same transaction. Throws what {@link ResponseRecorder} throws.
     */
    RecordedResponse submit(Entry entry, SurveyDraft draft, Map<String, Object> answers, String language) {
        Long customerId = entry.invitation() == null ? null : entry.invitation().customerId();
        // The draft is marked sent in the response's own transaction: both are stored, or neither.
        return recorder.record(new ResponseSubmission(entry.survey().id(), draft.surveyVersion(),
                "page:" + draft.id(), null, customerId, entry.channel(), draft.touchpoint(), "page", entry.invitationId(),
                language, null, answers), () -> drafts.save(draft.sent(answers, clock.instant())));
    }
}
