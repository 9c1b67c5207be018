package org.hamsafar.actions.rules;

import java.util.List;
import org.hamsafar.actions.CasePriority;

/** What a rule does when an item meets its condition. */
sealed interface RuleAction {

    /**
     * Opens a case for the item's customer, or adds the trigger to the case this rule already has
     * open for them. {@code team} null: routing rules choose; {@code title} null: the rule's name.
     */
    record OpenCase(CasePriority priority, String team, String title) implements RuleAction {
    }

    /** Emails the recipients: "user:<name>", "team:<key>" or an address. */
    record NotifyEmail(List<String> to) implements RuleAction {
    }

    /** Posts an {@code alert.triggered} webhook to one endpoint, or (null) to every endpoint subscribed to it. */
    record SendWebhook(Long webhookId) implements RuleAction {
    }

    /** Tags the item's customer. */
    record TagCustomer(String tag) implements RuleAction {
    }
}
