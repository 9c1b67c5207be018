package org.hamsafar.actions.teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/routing")
@Tag(name = "Routing", description = "Which team a new case goes to: ordered rules, first match wins")
class RoutingController {
    private final RoutingRules rules;
    private final RoutingRulesReader reader;

    RoutingController(RoutingRules rules, RoutingRulesReader reader) {
        this.rules = rules;
        this.reader = reader;
    }

    @GetMapping
    @Operation(summary = "The routing rules, in order")
    List<Map<String, Object>> list() {
        return rules.all().stream().map(RoutingController::json).toList();
    }

    @PutMapping
    @Operation(summary = "Replace the routing rules", description = """
            A JSON array, in order; a new case goes to the team of the first rule whose conditions all hold (a team asked
            for by an alert rule wins over routing). Each rule: `{"when": {"channel": "web", "touchpoint": "checkout",
            "segment": "vip", "topic": "delivery"}, "team": "support"}` with any of the four conditions: `channel` one of
            the channels, `touchpoint` the touchpoint, `segment` a tag the customer carries, `topic` a topic of the text
            taxonomy found in the customer's words; `{}` matches every case. The team must exist. A rule that an earlier
            rule always beats is refused. Answers the stored rules. Audited.""")
    List<Map<String, Object>> replace(@RequestBody JsonNode body) {
        return rules.replace(reader.read(body)).stream().map(RoutingController::json).toList();
    }

    private static Map<String, Object> json(RoutingRule rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("when", rule.when());
        json.put("team", rule.team());
        return json;
    }
}
