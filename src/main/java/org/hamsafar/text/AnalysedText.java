package org.hamsafar.text;

import java.time.Instant;

/** A text from a source together with what the analysis found, as stored. */
record AnalysedText(PendingText text, TextAnalysis analysis, Instant analyzedAt) {
}
