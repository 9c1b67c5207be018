package org.hamsafar.actions.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import tools.jackson.databind.JsonNode;

/**
 * Reads a rule's {@code actions} from JSON with problems named by path ({@code actions[0].priority}).
 * Only the form is checked here; {@link RuleReferences} checks that teams, users and webhooks exist.
 */
final class ActionParser {
    static final int MAX_ACTIONS = 10;
    private static final int MAX_RECIPIENTS = 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ActionParser() {
    }

    static List<RuleAction> parse(JsonNode node, List<FieldProblem> problems) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > MAX_ACTIONS) {
            problems.add(new FieldProblem("actions", "must be an array of 1 to " + MAX_ACTIONS + " actions"));
            return List.of();
        }
        List<RuleAction> actions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            RuleAction action = action(node.get(i), "actions[" + i + "]", problems);
            if (action != null) {
                actions.add(action);
            }
        }
        return actions;
    }

    private static RuleAction action(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null || !node.isObject() || !node.has("type") || !node.get("type").isString()) {
            problems.add(new FieldProblem(path + ".type", "is required: open_case, notify_email, webhook or tag_customer"));
            return null;
        }
        String type = node.get("type").asString();
        Set<String> fields = switch (type) {
            case "open_case" -> Set.of("type", "priority", "team", "title");
            case "notify_email" -> Set.of("type", "to");
            case "webhook" -> Set.of("type", "webhookId");
            case "tag_customer" -> Set.of("type", "tag");
            default -> null;
        };
        if (fields == null) {
            problems.add(new FieldProblem(path + ".type", "unknown action '" + type + "': open_case, notify_email, webhook or tag_customer"));
            return null;
        }
        int before = problems.size();
        node.propertyNames().forEach(p -> {
            if (!fields.contains(p)) {
                problems.add(new FieldProblem(path + "." + p, "unknown field for " + type));
            }
        });
        RuleAction action = switch (type) {
            case "open_case" -> openCase(node, path, problems);
            case "notify_email" -> notifyEmail(node, path, problems);
            case "webhook" -> webhook(node, path, problems);
            default -> tag(node, path, problems);
        };
        return problems.size() == before ? action : null;
    }

    private static RuleAction openCase(JsonNode node, String path, List<FieldProblem> problems) {
        CasePriority priority = CasePriority.NORMAL;
        String p = string(node, "priority", path, 16, problems);
        if (p != null) {
            priority = CasePriority.fromKey(p).orElse(null);
            if (priority == null) {
                problems.add(new FieldProblem(path + ".priority", "must be one of low, normal, high, urgent"));
            }
        }
        String team = string(node, "team", path, 64, problems);
        if (team != null && !Keys.isKey(team)) {
            problems.add(new FieldProblem(path + ".team", "must be a team's key"));
        }
        String title = string(node, "title", path, 200, problems);
        if (title != null && title.isBlank()) {
            problems.add(new FieldProblem(path + ".title", "must not be blank"));
        }
        return new RuleAction.OpenCase(priority, team, title == null ? null : title.strip());
    }

    private static RuleAction notifyEmail(JsonNode node, String path, List<FieldProblem> problems) {
        JsonNode to = node.get("to");
        if (to == null || !to.isArray() || to.isEmpty() || to.size() > MAX_RECIPIENTS) {
            problems.add(new FieldProblem(path + ".to", "must be an array of 1 to " + MAX_RECIPIENTS
                    + " recipients: \"user:<name>\", \"team:<key>\" or an email address"));
            return null;
        }
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            JsonNode r = to.get(i);
            String value = r.isString() ? r.asString().strip() : null;
            boolean ok = value != null && value.length() <= 254 && (value.startsWith("user:") && value.length() > 5
                    || value.startsWith("team:") && Keys.isKey(value.substring(5)) || EMAIL.matcher(value).matches());
            if (!ok) {
                problems.add(new FieldProblem(path + ".to[" + i + "]", "must be \"user:<name>\", \"team:<key>\" or an email address"));
            } else {
                recipients.add(value);
            }
        }
        return new RuleAction.NotifyEmail(List.copyOf(recipients));
    }

    private static RuleAction webhook(JsonNode node, String path, List<FieldProblem> problems) {
        JsonNode id = node.get("webhookId");
        if (id == null || id.isNull()) {
            return new RuleAction.SendWebhook(null);
        }
        if (!id.isIntegralNumber() || id.asLong() <= 0) {
            problems.add(new FieldProblem(path + ".webhookId", "must be a webhook's id"));
            return null;
        }
        return new RuleAction.SendWebhook(id.asLong());
    }

    private static RuleAction tag(JsonNode node, String path, List<FieldProblem> problems) {
        String tag = string(node, "tag", path, 64, problems);
        if (tag == null || !Keys.isKey(tag)) {
            problems.add(new FieldProblem(path + ".tag", "is required: a key such as detractor or refund_risk"));
            return null;
        }
        return new RuleAction.TagCustomer(tag);
    }

    private static String string(JsonNode node, String field, String path, int max, List<FieldProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.asString().length() > max || value.asString().indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(path + "." + field, "must be a string of at most " + max + " characters"));
            return null;
        }
        return value.asString();
    }
}
