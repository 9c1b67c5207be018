package org.hamsafar.actions.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The alert rules for the rest of the actions module (the dashboard's rule pages): the same reads,
 * writes, vocabulary and dry run as the API, with the same validation, without an API key.
 */
@Service
public class AlertRuleDirectory {
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
}
