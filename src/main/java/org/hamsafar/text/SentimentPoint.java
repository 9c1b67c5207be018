package org.hamsafar.text;

import java.time.LocalDate;

/**
 * One period of a sentiment trend: local days {@code [period, end)}, its label in the trend's
 * calendar ({@code 2026-01-05}, {@code 1404-07}), the texts' sentiment in it, and whether the
 * trend's range covers only part of it ({@code partial}: its counts are not comparable to a whole
 * period's).
 */
public record SentimentPoint(LocalDate period, LocalDate end, String label, SentimentTally tally, boolean partial) {
}
