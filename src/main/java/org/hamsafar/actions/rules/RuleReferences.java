package org.hamsafar.actions.rules;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.actions.notify.NotificationOutbox;
import org.hamsafar.actions.teams.Teams;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Checks that the teams, users and webhooks a rule's actions name exist, when the rule is saved or tried. */
@Component
class RuleReferences {
    private final Teams teams;
    private final UserAccounts users;
    private final NotificationOutbox outbox;

    RuleReferences(Teams teams, UserAccounts users, NotificationOutbox outbox) {
        this.teams = teams;
        this.users = users;
        this.outbox = outbox;
    }

    void check(RuleDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < draft.actions().size(); i++) {
            RuleAction action = draft.actions().get(i);
            String path = "actions[" + i + "]";
            if (action instanceof RuleAction.OpenCase open && open.team() != null && teams.find(open.team()).isEmpty()) {
                problems.add(new FieldProblem(path + ".team", "no team " + open.team() + " (see /api/v1/teams)"));
            } else if (action instanceof RuleAction.NotifyEmail email) {
                for (int r = 0; r < email.to().size(); r++) {
                    String to = email.to().get(r);
                    if (to.startsWith("user:") && users.findByUsername(to.substring(5)).filter(u -> u.enabled()).isEmpty()) {
                        problems.add(new FieldProblem(path + ".to[" + r + "]", "no active user " + to.substring(5)));
                    } else if (to.startsWith("team:") && teams.find(to.substring(5)).isEmpty()) {
                        problems.add(new FieldProblem(path + ".to[" + r + "]", "no team " + to.substring(5)));
                    }
                }
            } else if (action instanceof RuleAction.SendWebhook webhook && webhook.webhookId() != null
                    && !outbox.webhookExists(webhook.webhookId())) {
                problems.add(new FieldProblem(path + ".webhookId", "no webhook " + webhook.webhookId() + " (see /api/v1/webhooks)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
