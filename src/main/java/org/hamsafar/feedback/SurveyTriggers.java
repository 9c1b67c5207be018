package org.hamsafar.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/** Survey triggers created, listed and removed; the in-memory copy that ingestion reads follows each change. */
@Service
class SurveyTriggers {
    /** Thirty days: a later invitation no longer asks about the moment that caused it. */
    static final int MAX_DELAY_MINUTES = 30 * 24 * 60;
    private final TriggerRepository triggers;
    private final SurveyCatalog surveys;
    private final TriggeredInvitations firing;
    private final SequenceBlocks ids;
    private final WriteTransactions writes;
    private final AuditLog auditLog;
    private final Clock clock;

    SurveyTriggers(TriggerRepository triggers, SurveyCatalog surveys, TriggeredInvitations firing, SequenceBlocks ids,
                   WriteTransactions writes, AuditLog auditLog, Clock clock) {
        this.triggers = triggers;
        this.surveys = surveys;
        this.firing = firing;
        this.ids = ids;
        this.writes = writes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    record TriggerRequest(String eventType, String touchpoint, String eventChannel, String inviteChannel, Integer delayMinutes,
                          Boolean enabled) {
    }

    SurveyTrigger create(long surveyId, TriggerRequest request) {
        surveys.get(surveyId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!Keys.isKey(request.eventType())) {
            problems.add(new FieldProblem("eventType", request.eventType() == null ? "is required: the event type that fires the trigger"
                    : "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'"));
        }
        if (request.touchpoint() != null && !Keys.isKey(request.touchpoint())) {
            problems.add(new FieldProblem("touchpoint",
                    "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'"));
        }
        String eventChannel = request.eventChannel() == null ? null : request.eventChannel().toLowerCase(Locale.ROOT);
        if (eventChannel != null && Channel.fromKey(eventChannel).isEmpty()) {
            problems.add(new FieldProblem("eventChannel", "must be one of web, app, email, sms, phone, chat, social, store, other"));
        }
        if (!SurveyInvitations.EMAIL.equals(request.inviteChannel()) && !SurveyInvitations.SMS.equals(request.inviteChannel())) {
            problems.add(new FieldProblem("inviteChannel", "must be email or sms"));
        }
        int delay = request.delayMinutes() == null ? 0 : request.delayMinutes();
        if (delay < 0 || delay > MAX_DELAY_MINUTES) {
            problems.add(new FieldProblem("delayMinutes", "must be between 0 and " + MAX_DELAY_MINUTES + " (30 days)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SurveyTrigger trigger = new SurveyTrigger(ids.next("survey_trigger_seq", 1).get(0), surveyId, request.eventType(),
                request.touchpoint(), eventChannel, request.inviteChannel(), delay, request.enabled() == null || request.enabled(),
                clock.instant());
        writes.run(() -> triggers.insert(trigger));
        firing.refresh();
        auditLog.record("survey_trigger_created", "survey:" + surveyId, "trigger=" + trigger.id() + " on " + trigger.eventType()
                + " invite by " + trigger.inviteChannel() + " after " + delay + " min");
        return trigger;
    }

    List<SurveyTrigger> list(long surveyId) {
        surveys.get(surveyId);
        return triggers.ofSurvey(surveyId);
    }

    void delete(long surveyId, long triggerId) {
        surveys.get(surveyId);
        if (!writes.run(() -> triggers.delete(surveyId, triggerId))) {
            throw new NotFoundException("Trigger " + triggerId + " of survey " + surveyId);
        }
        firing.refresh();
        auditLog.record("survey_trigger_deleted", "survey:" + surveyId, "trigger=" + triggerId);
    }
}
