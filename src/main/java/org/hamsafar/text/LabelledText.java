package org.hamsafar.text;

/**
 * A text with a human label: a class for classification, or a rating (e.g. -4..+4, the mean of
 * several raters) for correlation; the other is null.
 */
record LabelledText(String text, SentimentLabel label, Double rating) {
}
