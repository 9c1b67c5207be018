package org.hamsafar.text;

import org.hamsafar.shared.InvalidInputException;

/**
 * Which analysed texts the comment explorer lists and the summary counts: those of the scope,
 * optionally only with one overall sentiment, mentioning one topic, in one language, or containing
 * {@code q} (any case; Arabic and Persian forms of ی and ک match alike).
 */
public record CommentFilter(TextScope scope, SentimentLabel sentiment, String topic, String language, String q) {
    public static final int MAX_QUERY = 200;

    public CommentFilter {
        scope = scope == null ? TextScope.between(null, null) : scope;
        if (topic != null && !Topic.validKey(topic)) {
            throw InvalidInputException.of("topic", "must be a topic key");
        }
        if (language != null && !language.equals("fa") && !language.equals("en") && !language.equals("other")) {
            throw InvalidInputException.of("language", "must be fa, en or other");
        }
        q = q == null || q.isBlank() ? null : q.strip();
        if (q != null && q.length() > MAX_QUERY) {
            throw InvalidInputException.of("q", "must be at most " + MAX_QUERY + " characters");
        }
    }
}
