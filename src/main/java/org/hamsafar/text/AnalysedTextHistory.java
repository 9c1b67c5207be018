package org.hamsafar.text;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Stored analysis results as other modules read them after the fact (a rule's dry run). */
@Component
public class AnalysedTextHistory {
    private final TextResultRepository results;

    AnalysedTextHistory(TextResultRepository results) {
        this.results = results;
    }

    /** Up to {@code limit} analysed texts with {@code from <= occurredAt < to}, oldest first, as {@link TextsAnalysed} reports them. */
    public List<TextsAnalysed.Text> between(Instant from, Instant to, int limit) {
        return results.between(from, to, limit);
    }
}
