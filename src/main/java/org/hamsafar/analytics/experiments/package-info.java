/**
 * A/B experiments: tests on summary counts and means (two proportions with Wilson intervals per
 * variant, the pooled z-test and an unpooled interval of the difference; Pearson chi-square for
 * more variants with Holm-corrected pairwise comparisons; Welch's t-test), sample size and power,
 * the sample-ratio-mismatch check, and experiments read from the platform's own exposure and
 * conversion events. Every computation here changes nothing.
 */
package org.hamsafar.analytics.experiments;
