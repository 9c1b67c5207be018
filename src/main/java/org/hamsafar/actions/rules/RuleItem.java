package org.hamsafar.actions.rules;

import java.time.Instant;
import java.util.Map;

/**
 * One item the rules read: a response, an event or an analysed text, with its fields under the
 * names of {@link RuleField} ({@code answer.nps}, {@code event.properties.plan}, {@code text.topic.refund}).
 * Numbers are Doubles, sets are Lists of Strings.
 *
 * @param ref        what it is: "response:<uuid>", "event:<uuid>" or "text:<source>:<source id>"
 * @param customerId the customer it belongs to, if known
 * @param summary    a line a person reads on the case (the score and survey, the event, the text)
 */
record RuleItem(RuleSubject subject, String ref, Long customerId, Instant occurredAt, Map<String, Object> fields, String summary) {

    RuleItem {
        fields = Map.copyOf(fields);
    }
}
