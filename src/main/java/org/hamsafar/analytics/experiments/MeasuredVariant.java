package org.hamsafar.analytics.experiments;

/** A variant's sample of a continuous metric (n at least 2, sample standard deviation) and its planned share of visitors. */
record MeasuredVariant(String name, long n, double mean, double sd, double weight) {
    WelchTest.Sample sample() {
        return new WelchTest.Sample(n, mean, sd);
    }
}
