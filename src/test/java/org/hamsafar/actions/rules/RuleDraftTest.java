package org.hamsafar.actions.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** Reading rules: what a valid rule becomes, and the precise message for each kind of mistake. */
class RuleDraftTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RuleDraft read(String json) {
        return RuleDraft.read(JSON.readTree(json));
    }

    private static List<String> problems(String json) {
        try {
            read(json);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("the rule was accepted");
    }

    @Test
    void theIssuesExampleRuleReadsAsAResponseRuleThatOpensAHighPriorityCase() {
        RuleDraft draft = read("""
                {"name": "Detractor follow-up", "enabled": true, "when": {"all": [{"field": "answer.nps", "op": "<=", "value": 6}]},
                 "actions": [{"type": "open_case", "priority": "high", "team": "support"}]}""");

        assertThat(draft.subject()).isEqualTo(RuleSubject.RESPONSE);
        assertThat(draft.enabled()).isTrue();
        Condition.Comparison nps = (Condition.Comparison) ((Condition.All) draft.when()).conditions().get(0);
        assertThat(nps.field()).isEqualTo("answer.nps");
        assertThat(nps.op()).isEqualTo("<=");
        assertThat(nps.value()).isEqualTo(6.0);
        assertThat(draft.actions()).containsExactly(new RuleAction.OpenCase(CasePriority.HIGH, "support", null));
    }

    @Test
    void aContactCountInAWindowReadsItsWindowAndMatch() {
        RuleDraft draft = read("""
                {"name": "Repeat callers", "when": {"field": "event.count", "op": ">=", "value": 3, "window": "7d",
                 "match": {"touchpoint": "support_line"}}, "actions": [{"type": "tag_customer", "tag": "repeat_caller"}]}""");

        assertThat(draft.subject()).isEqualTo(RuleSubject.EVENT);
        assertThat(draft.enabled()).isFalse();
        assertThat(draft.when()).isEqualTo(new Condition.WindowCount(">=", 3, Duration.ofDays(7), null, null, "support_line"));
    }

    @Test
    void unknownFieldsWrongOperatorsAndImpossibleValuesAreEachNamedByTheirPath() {
        List<String> problems = problems("""
                {"name": "Broken", "colour": "red", "when": {"all": [
                   {"field": "answer.nps", "op": "<=", "value": 11},
                   {"field": "answer.shoe_size_of_the_moon!", "op": "=", "value": 1},
                   {"field": "text.sentiment", "op": ">", "value": "negative"},
                   {"field": "text.sentiment", "op": "=", "value": "furious"},
                   {"field": "text.emotion.anger", "op": ">=", "value": 1.5},
                   {"field": "event.count", "op": ">=", "value": 3}
                 ]},
                 "actions": [{"type": "open_case", "priority": "asap"}, {"type": "send_fax"}]}""");

        assertThat(problems).contains(
                "colour: unknown field",
                "when.all[0].value: is impossible: answer.nps is from 0 to 10",
                "when.all[1].field: unknown field 'answer.shoe_size_of_the_moon!' (see GET /api/v1/alert-rules/fields)",
                "when.all[2].op: '>' does not apply to text.sentiment; use one of =, !=, in, not_in, exists, not_exists",
                "when.all[3].value: must be one of positive, neutral, negative",
                "when.all[4].value: is impossible: text.emotion.anger is from 0 to 1",
                "when.all[5].window: is required: a duration such as \"7d\", \"24h\", \"90m\" or \"P7D\"",
                "actions[0].priority: must be one of low, normal, high, urgent",
                "actions[1].type: unknown action 'send_fax': open_case, notify_email, webhook or tag_customer");
    }

    @Test
    void aRuleReadsOneKindOfItem() {
        assertThat(problems("""
                {"name": "Mixed", "when": {"all": [{"field": "answer.nps", "op": "<=", "value": 6},
                   {"field": "event.type", "op": "=", "value": "call_ended"}]}, "actions": [{"type": "tag_customer", "tag": "x"}]}"""))
                .containsExactly("when: a rule reads one kind of item, but this one names response and event: make one rule per kind "
                        + "(response: answer.*, survey.*, response.*; event: event.*; text: text.*; metric: metric.*)");
        assertThat(problems("""
                {"name": "Only customers", "when": {"field": "customer.tags", "op": "contains", "value": "vip"},
                 "actions": [{"type": "tag_customer", "tag": "x"}]}"""))
                .singleElement().asString().startsWith("when: needs at least one condition on a response");
    }

    @Test
    void missingNameConditionAndActionsAreAllReportedAtOnce() {
        assertThat(problems("{}")).containsExactly(
                "name: is required, 1 to 200 characters",
                "when: is required: the condition, e.g. {\"all\": [{\"field\": \"answer.nps\", \"op\": \"<=\", \"value\": 6}]}",
                "actions: must be an array of 1 to 10 actions");
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldProblem::field).containsExactly("body"));
    }
}
