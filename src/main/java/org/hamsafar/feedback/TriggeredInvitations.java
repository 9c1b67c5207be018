package org.hamsafar.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hamsafar.events.InteractionsRecorded;
import org.hamsafar.events.RecordedInteraction;
import org.hamsafar.shared.store.SequenceBlocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns interactions into scheduled invitations by the enabled triggers. Runs inside the ingestion
 * transaction (see {@link InteractionsRecorded}): an event and the invitation it causes are stored
 * together or not at all, and only new events fire (a resent duplicate does not).
 *
 * <p>Ingestion is hot, so the triggers are kept in memory by event type: an interaction whose type
 * no trigger names costs one hash look-up, and without triggers the listener returns at once. The
 * copy is reloaded when triggers change here and on every dispatch run (so that changes made on
 * another instance arrive within {@code hamsafar.feedback.dispatch-interval}).
 *
 * <p>A trigger fires only while its survey is active, only for interactions that occurred within
 * {@code hamsafar.feedback.trigger-max-age} (default one day: importing old history invites nobody),
 * and at most once per customer and survey in one ingestion transaction. The invitation is due
 * {@code delayMinutes} after the interaction occurred.
 */
@Component
class TriggeredInvitations {
    private final TriggerRepository triggers;
    private final InvitationRepository invitations;
    private final SurveyCatalog surveys;
    private final SequenceBlocks ids;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Map<String, List<SurveyTrigger>> byType;

    TriggeredInvitations(TriggerRepository triggers, InvitationRepository invitations, SurveyCatalog surveys, SequenceBlocks ids,
                         Clock clock, @Value("${hamsafar.feedback.trigger-max-age:P1D}") Duration maxAge) {
        this.triggers = triggers;
        this.invitations = invitations;
        this.surveys = surveys;
        this.ids = ids;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Reloads the enabled triggers. */
    void refresh() {
        Map<String, List<SurveyTrigger>> index = new HashMap<>();
        for (SurveyTrigger trigger : triggers.allEnabled()) {
            index.computeIfAbsent(trigger.eventType(), type -> new ArrayList<>()).add(trigger);
        }
        index.replaceAll((type, list) -> List.copyOf(list));
        byType = Map.copyOf(index);
    }

    @EventListener
    void on(InteractionsRecorded recorded) {
        Map<String, List<SurveyTrigger>> index = byType;
        if (index == null) {
            refresh();
            index = byType;
        }
        if (index.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant oldest = now.minus(maxAge);
        record Fired(SurveyTrigger trigger, RecordedInteraction interaction, Survey survey) {
        }
        List<Fired> fired = new ArrayList<>();
        Map<Long, Optional<Survey>> active = new HashMap<>();
        Set<String> invited = new HashSet<>();
        for (RecordedInteraction interaction : recorded.interactions()) {
            List<SurveyTrigger> candidates = index.get(interaction.type());
            if (candidates == null || interaction.occurredAt().isBefore(oldest)) {
                continue;
            }
            for (SurveyTrigger trigger : candidates) {
                if (!trigger.matches(interaction)) {
                    continue;
                }
                Optional<Survey> survey = active.computeIfAbsent(trigger.surveyId(),
                        id -> surveys.find(id).filter(Survey::acceptsAnswers));
                if (survey.isPresent() && invited.add(trigger.surveyId() + ":" + interaction.customerId())) {
                    fired.add(new Fired(trigger, interaction, survey.get()));
                }
            }
        }
        if (fired.isEmpty()) {
            return;
        }
        List<Long> newIds = ids.next("survey_invitation_seq", fired.size());
        List<Invitation> rows = new ArrayList<>(fired.size());
        for (int i = 0; i < fired.size(); i++) {
            Fired f = fired.get(i);
            Instant sendAt = f.interaction().occurredAt().plus(Duration.ofMinutes(f.trigger().delayMinutes()));
            rows.add(SurveyInvitations.newInvitation(newIds.get(i), f.survey(), f.interaction().customerId(),
                    f.trigger().inviteChannel(), f.interaction().touchpoint(), f.trigger().id(), f.interaction().eventId(), sendAt, now));
        }
        invitations.insertAll(rows);
    }
}
