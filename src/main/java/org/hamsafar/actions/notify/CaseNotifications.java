package org.hamsafar.actions.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hamsafar.actions.CaseChanged;
import org.hamsafar.actions.CaseEscalated;
import org.hamsafar.actions.CaseOpened;
import org.hamsafar.actions.CaseView;
import org.hamsafar.actions.CxCase;
import org.hamsafar.actions.teams.Team;
import org.hamsafar.actions.teams.Teams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people and systems about cases, in the transaction of the change (these listeners run
 * inside it, so what they queue commits with the change or not at all):
 * <ul>
 *   <li>a case opened with an assignee, or given to someone else, e-mails the new assignee
 *   ({@code case_assigned}), unless they made the change themselves;</li>
 *   <li>an escalated case e-mails its team's manager ({@code case_escalated});</li>
 *   <li>every opening, change and escalation goes to the subscribed webhooks ({@code case.opened},
 *   {@code case.changed}, {@code case.escalated}) with the case as the API shows it.</li>
 * </ul>
 * Each names the case's customer, so that the customer's erasure reaches what was queued.
 */
@Component
class CaseNotifications {
    private static final Logger log = LoggerFactory.getLogger(CaseNotifications.class);
    private final NotificationOutbox outbox;
    private final Teams teams;

    CaseNotifications(NotificationOutbox outbox, Teams teams) {
        this.outbox = outbox;
        this.teams = teams;
    }

    @EventListener
    void opened(CaseOpened event) {
        CxCase opened = event.opened();
        outbox.webhook(WebhookEvents.CASE_OPENED, CaseView.summary(opened), opened.customerId());
        if (opened.assignee() != null && !byThemselves(opened.createdBy(), opened.assignee())) {
            outbox.email(List.of("user:" + opened.assignee()),
                    Notice.caseAssigned(opened.id(), opened.title(), opened.priority().key(), opened.createdBy()), opened.customerId());
        }
    }

    @EventListener
    void changed(CaseChanged event) {
        CxCase before = event.before();
        CxCase after = event.after();
        Map<String, Object> payload = new LinkedHashMap<>(CaseView.summary(after));
        payload.put("changes", changes(before, after));
        payload.put("changedBy", event.actor());
        outbox.webhook(WebhookEvents.CASE_CHANGED, payload, after.customerId());
        if (event.assigneeChanged() && after.assignee() != null && !byThemselves(event.actor(), after.assignee())) {
            outbox.email(List.of("user:" + after.assignee()),
                    Notice.caseAssigned(after.id(), after.title(), after.priority().key(), event.actor()), after.customerId());
        }
    }

    @EventListener
    void escalated(CaseEscalated event) {
        CxCase escalated = event.escalated();
        Map<String, Object> payload = new LinkedHashMap<>(CaseView.summary(escalated));
        Map<String, Object> escalation = new LinkedHashMap<>();
        escalation.put("breach", event.breach());
        escalation.put("due", event.due() == null ? null : event.due().toString());
        payload.put("escalation", escalation);
        outbox.webhook(WebhookEvents.CASE_ESCALATED, payload, escalated.customerId());

        Optional<Team> team = teams.find(escalated.team());
        if (team.isEmpty() || team.get().manager() == null) {
            log.info("Escalation of case {} e-mails nobody: {}", escalated.id(),
                    escalated.team() == null ? "it has no team"
                            : team.isEmpty() ? "no team " + escalated.team() : "its team has no manager");
            return;
        }
        Map<String, String> teamNames = new LinkedHashMap<>();
        teamNames.put("fa", team.get().nameFa());
        teamNames.put("en", team.get().nameEn());
        outbox.email(List.of("user:" + team.get().manager()), Notice.caseEscalated(escalated.id(), escalated.title(),
                escalated.priority().key(), event.breach(), event.due(), escalated.team(), teamNames), escalated.customerId());
    }

    /** An actor ("user:sara") assigning a case to themselves needs no e-mail about it. */
    private static boolean byThemselves(String actor, String assignee) {
        return ("user:" + assignee).equals(actor);
    }

    /** What changed, field by field: {field: {from, to}}. */
    private static Map<String, Object> changes(CxCase before, CxCase after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        change(changes, "state", before.state().key(), after.state().key());
        change(changes, "assignee", before.assignee(), after.assignee());
        change(changes, "team", before.team(), after.team());
        change(changes, "priority", before.priority().key(), after.priority().key());
        change(changes, "rootCause", before.rootCause(), after.rootCause());
        if (!Objects.equals(before.resolution(), after.resolution())) {
            // The resolution is free text about a customer; receivers read it through the API if they need it.
            Map<String, Object> fromTo = new LinkedHashMap<>();
            fromTo.put("changed", true);
            changes.put("resolution", fromTo);
        }
        return changes;
    }

    private static void change(Map<String, Object> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> fromTo = new LinkedHashMap<>();
            fromTo.put("from", from);
            fromTo.put("to", to);
            changes.put(field, fromTo);
        }
    }
}
