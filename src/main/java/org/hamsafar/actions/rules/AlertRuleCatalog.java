package org.hamsafar.actions.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Alert rules for code outside the actions module (a prepared company, an installer): creates
 * rules from the JSON that {@code POST /api/v1/alert-rules} takes, with the same checks, finds them
 * by name, and records matches that happened before the rules were stored (a history brought in
 * from elsewhere), so that a rule's trigger list and its cases agree.
 */
@Service
@NamedInterface("alert-rule-catalog")
public class AlertRuleCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AlertRules rules;
    private final AlertTriggerRepository triggers;

    AlertRuleCatalog(AlertRules rules, AlertTriggerRepository triggers) {
        this.rules = rules;
        this.triggers = triggers;
    }

    /**
     * Creates a rule from {@code json} ({@code {"name", "enabled", "when", "actions"}}) and answers
     * its id; invalid rules throw {@link org.hamsafar.shared.InvalidInputException} naming each problem.
     */
    public long create(String json) {
        return rules.create(JSON.readTree(json)).id();
    }

    /** The names of the rules that are not deleted, in the order they were created. */
    public List<String> names() {
        return rules.all().stream().map(AlertRule::name).toList();
    }

    /** The id of the first (oldest) rule with this name, if any. */
    public Optional<Long> idOf(String name) {
        return rules.all().stream().filter(r -> r.name().equals(name)).map(AlertRule::id).findFirst();
    }

    /**
     * Records that rule {@code ruleId} matched the item {@code itemKind}/{@code itemRef} (response,
     * event or text; "response:&lt;id&gt;") that occurred at {@code occurredAt}, at {@code triggeredAt},
     * opening or joining case {@code caseId}; in the caller's transaction. A match already recorded
     * is left as it is (a rule acts on an item once); answers whether this one was new.
     */
    public boolean recordPastTrigger(long ruleId, String itemKind, String itemRef, Long customerId, Instant occurredAt,
                                     Instant triggeredAt, Long caseId) {
        if (triggers.exists(ruleId, itemKind, itemRef)) {
            return false;
        }
        triggers.insert(new AlertTriggerRepository.Trigger(ruleId, itemKind, itemRef, customerId, occurredAt, triggeredAt, caseId));
        return true;
    }
}
