package org.hamsafar.actions.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The alert rules for code outside the rules package (the dashboard's rule pages, a prepared
 * company, an installer): the same reads, writes, vocabulary and dry run as the API, with the same
 * validation, without an API key; and matches that happened before the rules were stored (a
 * history brought in from elsewhere), so that a rule's trigger list and its cases agree.
 */
@Service
@NamedInterface("alert-rule-catalog")
public class AlertRuleDirectory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AlertRules rules;
    private final AlertTriggerRepository triggers;
    private final RuleDryRun dryRun;
    private final RuleReferences references;

    AlertRuleDirectory(AlertRules rules, AlertTriggerRepository triggers, RuleDryRun dryRun, RuleReferences references) {
        this.rules = rules;
        this.triggers = triggers;
        this.dryRun = dryRun;
        this.references = references;
    }

    /**
     * A saved rule: {@code definition} is its JSON {@code {"when", "actions"}} as accepted, {@code subject}
     * response, event or text, {@code matchesLast30Days} how often it matched in the last 30 days.
     */
    public record SavedRule(long id, String name, boolean enabled, String subject, String definition, long matchesLast30Days,
                            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    }

    /** Every rule that is not deleted, by id. */
    public List<SavedRule> all() {
        return rules.all().stream().map(this::saved).toList();
    }

    public Optional<SavedRule> find(long id) {
        try {
            return Optional.of(saved(rules.get(id)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Creates a rule from a body shaped as for POST /api/v1/alert-rules; bad input throws {@link InvalidInputException}. */
    public SavedRule create(JsonNode rule) {
        return saved(rules.create(rule));
    }

    public SavedRule replace(long id, JsonNode rule) {
        return saved(rules.replace(id, rule));
    }

    public SavedRule setEnabled(long id, boolean enabled) {
        return saved(rules.setEnabled(id, enabled));
    }

    public void delete(long id) {
        rules.delete(id);
    }

    /** The field vocabulary, as GET /api/v1/alert-rules/fields describes it. */
    public List<Map<String, Object>> fields() {
        return RuleField.describe();
    }

    /** The most days a dry run reads. */
    public int maxDryRunDays() {
        return RuleDryRun.MAX_DAYS;
    }

    /**
     * What the rule (a body as for create, not saved) would have done over the last {@code days}
     * (1 to {@link #maxDryRunDays()}), in the shape of POST /api/v1/alert-rules/dry-run.
     */
    public Map<String, Object> dryRun(JsonNode rule, int days) {
        if (days < 1 || days > RuleDryRun.MAX_DAYS) {
            throw InvalidInputException.of("days", "must be from 1 to " + RuleDryRun.MAX_DAYS);
        }
        RuleDraft draft = RuleDraft.read(rule);
        references.check(draft);
        return dryRun.run(draft.subject(), draft.when(), draft.actions(), days);
    }

    private SavedRule saved(AlertRule rule) {
        return new SavedRule(rule.id(), rule.name(), rule.enabled(), rule.subject().key(), rule.definition(),
                triggers.countOfRule(rule.id(), rules.now().minus(Duration.ofDays(30))), rule.createdAt(), rule.createdBy(),
                rule.updatedAt(), rule.updatedBy());
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
