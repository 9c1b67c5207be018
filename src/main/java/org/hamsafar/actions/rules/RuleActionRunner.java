package org.hamsafar.actions.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CxCase;
import org.hamsafar.actions.notify.Notice;
import org.hamsafar.actions.notify.NotificationOutbox;
import org.hamsafar.actions.notify.WebhookEvents;
import org.hamsafar.actions.teams.Assignment;
import org.hamsafar.actions.teams.CaseRouting;
import org.hamsafar.actions.teams.RoutingContext;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Performs a matched rule's actions, inside the caller's transaction: the case, the tag and the
 * queued notifications commit together with the item leaving the inbox. The case comes first, so
 * that emails and webhooks can name it.
 */
@Component
class RuleActionRunner {
    private final CaseService cases;
    private final CaseRouting routing;
    private final NotificationOutbox outbox;
    private final CustomerDirectory customers;

    RuleActionRunner(CaseService cases, CaseRouting routing, NotificationOutbox outbox, CustomerDirectory customers) {
        this.cases = cases;
        this.routing = routing;
        this.outbox = outbox;
        this.customers = customers;
    }

    /** Runs the actions; answers the case that was opened or joined, if any. */
    Long run(AlertRule rule, RuleItem matched) {
        // The customer may have been merged into another (follow the survivor) or erased (act without them).
        Long live = matched.customerId() == null ? null : customers.liveId(matched.customerId()).orElse(null);
        RuleItem item = java.util.Objects.equals(live, matched.customerId()) ? matched
                : new RuleItem(matched.subject(), matched.ref(), live, matched.occurredAt(), matched.fields(), matched.summary());
        String actor = actor(rule);
        Long caseId = null;
        for (RuleAction action : rule.actions()) {
            if (action instanceof RuleAction.OpenCase open) {
                caseId = openOrJoin(rule, open, item, actor);
            }
        }
        for (RuleAction action : rule.actions()) {
            if (action instanceof RuleAction.NotifyEmail email) {
                outbox.email(email.to(), Notice.alert(rule.name(), item.summary(), caseId), item.customerId());
            } else if (action instanceof RuleAction.SendWebhook webhook) {
                Map<String, Object> payload = payload(rule, item, caseId);
                if (webhook.webhookId() == null) {
                    outbox.webhook(WebhookEvents.ALERT_TRIGGERED, payload, item.customerId());
                } else {
                    outbox.webhookTo(webhook.webhookId(), WebhookEvents.ALERT_TRIGGERED, payload, item.customerId());
                }
            } else if (action instanceof RuleAction.TagCustomer tag && item.customerId() != null) {
                try {
                    customers.tag(item.customerId(), tag.tag(), "rule:" + rule.id());
                } catch (ConflictException | NotFoundException e) {
                    // erased meanwhile: there is nobody left to tag, and trying again would not change that
                }
            }
        }
        return caseId;
    }

    static String actor(AlertRule rule) {
        return "rule:" + rule.id() + " (" + rule.name() + ")";
    }

    /** One open case per customer per rule: a new match joins the open one. */
    private Long openOrJoin(AlertRule rule, RuleAction.OpenCase open, RuleItem item, String actor) {
        if (item.customerId() != null || item.subject() == RuleSubject.METRIC) {
            // A metric rule has no customer: its open case takes the next days' matches.
            Optional<CxCase> existing = cases.openCaseOfRule(item.customerId(), rule.id());
            if (existing.isPresent()) {
                cases.recordTrigger(existing.get().id(), actor, item.ref());
                return existing.get().id();
            }
        }
        Assignment assignment = routing.route(context(item), open.team());
        String title = open.title() != null ? open.title() : rule.name();
        CxCase opened = cases.open(new CaseService.NewCase(item.customerId(), title, item.summary(), open.priority(),
                assignment.team(), assignment.assignee(), "rule", item.ref(), rule.id()), actor);
        return opened.id();
    }

    private RoutingContext context(RuleItem item) {
        String prefix = switch (item.subject()) {
            case RESPONSE -> "response.";
            case EVENT -> "event.";
            case TEXT -> "text.";
            case METRIC -> "metric.";
        };
        List<String> tags = item.customerId() == null ? List.of() : customers.tags(item.customerId());
        Object topics = item.fields().get("text.topics");
        List<String> topicKeys = topics instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return new RoutingContext((String) item.fields().get(prefix + "channel"), (String) item.fields().get(prefix + "touchpoint"),
                tags, topicKeys);
    }

    static Map<String, Object> payload(AlertRule rule, RuleItem item, Long caseId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("rule", Map.of("id", rule.id(), "name", rule.name()));
        Map<String, Object> matched = new LinkedHashMap<>();
        matched.put("kind", item.subject().key());
        matched.put("ref", item.ref());
        matched.put("occurredAt", item.occurredAt().toString());
        matched.put("summary", item.summary());
        matched.put("fields", item.fields());
        payload.put("item", matched);
        payload.put("customerId", item.customerId());
        payload.put("caseId", caseId);
        return payload;
    }
}
