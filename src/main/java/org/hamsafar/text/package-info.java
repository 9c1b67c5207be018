/**
 * Text analytics for Persian and English: normalisation with a map back to the original offsets
 * ({@link org.hamsafar.text.PersianTextNormalizer}), tokens and sentences
 * ({@link org.hamsafar.text.Tokenizer}), language detection, and the analysis itself
 * ({@link org.hamsafar.text.TextAnalyzer}: sentiment from the shipped lexicons blended with a
 * linear model, topics of an editable taxonomy with their own sentiment, emotions, keywords).
 * Texts stored by other modules (survey answers, events) are queued in their own transaction and
 * analysed in the background ({@link org.hamsafar.text.TextAnalysisService}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "customers", "events", "feedback", "identity"})
package org.hamsafar.text;
