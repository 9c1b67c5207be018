package org.hamsafar.actions.teams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.text.TextAnalysisService;
import org.hamsafar.text.Topic;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the body of {@code PUT /api/v1/routing}: a JSON array of at most
 * {@value #MAX_RULES} rules {@code {"when": {...}, "team": "..."}}. {@code when} holds any of
 * {@code channel} (one of the channels), {@code touchpoint}, {@code segment} (a customer tag) and
 * {@code topic} (a topic of the text taxonomy), each a key; {@code {}} matches every case. The team
 * must exist. A rule that an earlier rule always beats (the earlier one asks for less) is refused,
 * since it could never route anything.
 */
@Component
class RoutingRulesReader {
    static final int MAX_RULES = 200;
    private static final Set<String> FIELDS = Set.of("when", "team");
    private static final Set<String> CONDITIONS = Set.copyOf(Arrays.asList(RoutingRule.CONDITIONS));
    private static final String CHANNELS = Arrays.stream(Channel.values()).map(Channel::key).collect(Collectors.joining(", "));
    private final TeamRepository teams;
    private final TextAnalysisService text;

    RoutingRulesReader(TeamRepository teams, TextAnalysisService text) {
        this.teams = teams;
        this.text = text;
    }

    List<RoutingRule> read(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw InvalidInputException.of("body", "must be a JSON array of routing rules {\"when\": {...}, \"team\": \"...\"}");
        }
        if (body.size() > MAX_RULES) {
            throw InvalidInputException.of("body", "must have at most " + MAX_RULES + " rules");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> topics = null;
        List<RoutingRule> rules = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String path = "[" + i + "]";
            JsonNode node = body.get(i);
            if (!node.isObject()) {
                problems.add(new FieldProblem(path, "must be an object {\"when\": {...}, \"team\": \"...\"}"));
                continue;
            }
            int before = problems.size();
            JsonFields.onlyKnown(node, path, FIELDS, "unknown field; a routing rule has when and team", problems);
            String[] when = new String[RoutingRule.CONDITIONS.length];
            JsonNode conditions = node.get("when");
            if (conditions == null || !conditions.isObject()) {
                problems.add(new FieldProblem(path + ".when", "is required: an object of conditions ({} matches every case)"));
            } else {
                String whenPath = path + ".when";
                JsonFields.onlyKnown(conditions, whenPath, CONDITIONS,
                        "unknown condition; use channel, touchpoint, segment or topic", problems);
                for (int c = 0; c < when.length; c++) {
                    String name = RoutingRule.CONDITIONS[c];
                    JsonNode value = conditions.get(name);
                    if (value != null && value.isNull()) {
                        problems.add(new FieldProblem(JsonFields.path(whenPath, name), "must be a key, or left out"));
                    } else if (value != null) {
                        if (topics == null && name.equals("topic")) {
                            topics = text.topics().stream().map(Topic::key).collect(Collectors.toSet());
                        }
                        when[c] = condition(name, value, JsonFields.path(whenPath, name), topics, problems);
                    }
                }
            }
            String team = JsonFields.text(node, "team", path, 64, problems);
            if (team == null) {
                if (problems.stream().noneMatch(p -> p.field().equals(path + ".team"))) {
                    problems.add(new FieldProblem(path + ".team", "is required: the key of a team"));
                }
            } else if (!Keys.isKey(team)) {
                problems.add(new FieldProblem(path + ".team", BadPathKey.KEY_RULE));
            } else if (!teams.exists(team)) {
                problems.add(new FieldProblem(path + ".team", "no team " + team));
            }
            if (problems.size() == before) {
                RoutingRule rule = new RoutingRule(when[0], when[1], when[2], when[3], team);
                for (int earlier = 0; earlier < rules.size(); earlier++) {
                    if (rules.get(earlier) != null && rules.get(earlier).shadows(rule)) {
                        problems.add(new FieldProblem(path + ".when", "is never reached: rule [" + earlier
                                + "] comes first and matches every case this one matches"));
                        break;
                    }
                }
                rules.add(rule);
            } else {
                // A rule with mistakes takes its place (so that indexes stay right) but is not compared.
                rules.add(null);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rules;
    }

    private static String condition(String name, JsonNode value, String path, Set<String> topics, List<FieldProblem> problems) {
        String key = JsonFields.text(value, path, 64, problems);
        if (key == null) {
            return null;
        }
        if (name.equals("channel")) {
            if (Channel.fromKey(key).isEmpty()) {
                problems.add(new FieldProblem(path, "must be one of " + CHANNELS));
                return null;
            }
        } else if (!Keys.isKey(key)) {
            problems.add(new FieldProblem(path, BadPathKey.KEY_RULE));
            return null;
        } else if (name.equals("topic") && !topics.contains(key)) {
            problems.add(new FieldProblem(path, "no topic " + key + " in the text taxonomy (see /api/v1/text/topics)"));
            return null;
        }
        return key;
    }
}
