package org.hamsafar.text;

import java.time.Instant;

/** A text from a source together with what the analysis found, as stored. */
record AnalysedText(PendingText text, TextAnalysis analysis, Instant analyzedAt) {

    /** The same result for the customer the text belongs to now (a merge may have moved it while it was analysed). */
    AnalysedText forCustomer(Long customerId) {
        PendingText t = text;
        return new AnalysedText(new PendingText(t.id(), t.source(), t.sourceId(), customerId, t.sourceIdentity(), t.surveyId(),
                t.questionKey(), t.channel(), t.touchpoint(), t.occurredAt(), t.text(), t.live()), analysis, analyzedAt);
    }
}
