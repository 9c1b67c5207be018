package org.hamsafar.actions.teams;

import java.util.List;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/** The ordered routing rules: read and replaced whole; every replacement is audited. */
@Service
class RoutingRules {
    private final RoutingRepository rules;
    private final WriteTransactions writes;
    private final AuditLog auditLog;

    RoutingRules(RoutingRepository rules, WriteTransactions writes, AuditLog auditLog) {
        this.rules = rules;
        this.writes = writes;
        this.auditLog = auditLog;
    }

    List<RoutingRule> all() {
        return rules.all();
    }

    List<RoutingRule> replace(List<RoutingRule> replacement) {
        writes.run(() -> {
            rules.replaceAll(replacement);
            auditLog.record("routing_changed", "routing", describe(replacement));
        });
        return rules.all();
    }

    private static String describe(List<RoutingRule> rules) {
        StringBuilder text = new StringBuilder(rules.size() + (rules.size() == 1 ? " rule" : " rules"));
        for (RoutingRule rule : rules) {
            text.append("; ").append(rule.when()).append(" -> ").append(rule.team());
        }
        return text.toString();
    }
}
