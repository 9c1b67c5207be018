package org.hamsafar.actions.followup;

import java.time.Clock;
import java.util.Optional;
import org.hamsafar.feedback.QuestionType;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyRequest;
import org.hamsafar.feedback.SurveyStatus;
import org.hamsafar.feedback.SurveyTemplate;
import org.hamsafar.feedback.SurveyTemplates;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * Reads and changes the follow-up settings. Enabling follow-up without naming a survey uses the
 * built-in one ({@link SurveyTemplates#CASE_FOLLOW_UP}, fa and en), created active the first time it
 * is needed and used again afterwards while it still takes answers.
 */
@Service
class FollowUpSettingsService {

    private final FollowUpSettingsRepository settings;
    private final SurveyCatalog surveys;
    private final WriteTransactions writes;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpSettingsService(FollowUpSettingsRepository settings, SurveyCatalog surveys, WriteTransactions writes, AuditLog audit,
                            Clock clock) {
        this.settings = settings;
        this.surveys = surveys;
        this.writes = writes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A change: each field that is null stays as it is; {@code useBuiltinSurvey} (an explicit
     * {@code "surveyId": null}) goes back to the built-in survey.
     */
    record Change(Boolean enabled, Long surveyId, boolean useBuiltinSurvey, String channel, Integer delayMinutes,
                  Boolean fatigueExempt) {
    }

    FollowUpSettings current() {
        return settings.current();
    }

    /**
     * Applies the change (its channel and delay are checked by the caller), or throws
     * {@link InvalidInputException} saying why the survey cannot be used. {@code language} (fa or en)
     * names a built-in survey created now.
     */
    FollowUpSettings change(Change change, String language) {
        String actor = Actors.current();
        FollowUpSettings updated = writes.run(() -> {
            FollowUpSettings now = settings.current();
            String channel = change.channel() == null ? now.channel() : change.channel();
            int delay = change.delayMinutes() == null ? now.delayMinutes() : change.delayMinutes();
            boolean enabled = change.enabled() == null ? now.enabled() : change.enabled();
            Long surveyId = change.useBuiltinSurvey() ? null : change.surveyId() != null ? change.surveyId() : now.surveyId();
            // A survey named now is checked even while disabled; a stored one when follow-up is switched on.
            if (change.surveyId() != null || (enabled && surveyId != null)) {
                Optional<String> problem = surveyProblem(surveyId);
                if (problem.isPresent()) {
                    throw InvalidInputException.of("surveyId", problem.get());
                }
            }
            Long builtin = now.builtinSurveyId();
            if (enabled && surveyId == null) {
                surveyId = builtin != null && surveyProblem(builtin).isEmpty() ? builtin : createBuiltin(language);
                builtin = surveyId;
            }
            FollowUpSettings next = new FollowUpSettings(enabled, surveyId, builtin, channel, delay,
                    change.fatigueExempt() == null ? now.fatigueExempt() : change.fatigueExempt(), clock.instant(), actor);
            settings.update(next, next.updatedAt(), actor);
            return next;
        });
        audit.record("case_follow_up_settings", "case_follow_up", "enabled=" + updated.enabled() + " survey=" + updated.surveyId()
                + " channel=" + updated.channel() + " delayMinutes=" + updated.delayMinutes() + " fatigueExempt=" + updated.fatigueExempt());
        return updated;
    }

    /** Why the survey cannot be the follow-up survey, if it cannot: it must exist, take answers and ask yes or no. */
    Optional<String> surveyProblem(long surveyId) {
        Optional<Survey> survey = surveys.find(surveyId);
        if (survey.isEmpty()) {
            return Optional.of("no survey " + surveyId);
        }
        SurveyStatus status = survey.get().status();
        if (status != SurveyStatus.ACTIVE) {
            return Optional.of("survey " + surveyId + " is " + (status == SurveyStatus.DRAFT ? "a draft" : status.key())
                    + ": only an active (published) survey can be answered; set its status to active first");
        }
        if (survey.get().definition().questions().stream().noneMatch(q -> q.type() == QuestionType.YES_NO)) {
            return Optional.of("survey " + surveyId + " asks no yes_no question: the follow-up needs one to learn whether the"
                    + " problem was solved");
        }
        return Optional.empty();
    }

    private long createBuiltin(String language) {
        SurveyTemplate template = SurveyTemplates.find(SurveyTemplates.CASE_FOLLOW_UP).orElseThrow();
        SurveyRequest r = template.request();
        return surveys.create(new SurveyRequest(template.name().in(language), SurveyStatus.ACTIVE.key(), r.languages(), r.intro(),
                r.thankYou(), r.questions(), r.settings())).id();
    }
}
