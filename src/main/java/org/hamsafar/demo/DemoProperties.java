package org.hamsafar.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo company: loaded on the first start of an empty store when {@code enabled}
 * (HAMSAFAR_DEMO). {@code customers} sets its size; {@code seed} makes it reproducible;
 * {@code historyDays} is how far back its customers were acquired; {@code activity} scales how many
 * shopping sessions each customer has (1 = about 64 events per customer; the benchmarks use 0.15
 * for 10 million events from a million customers).
 */
@ConfigurationProperties("hamsafar.demo")
record DemoProperties(boolean enabled, int customers, long seed, Integer historyDays, Double activity) {
    DemoProperties {
        if (customers < 0) {
            throw new IllegalArgumentException("hamsafar.demo.customers must not be negative");
        }
        historyDays = historyDays == null ? 540 : historyDays;
        activity = activity == null ? 1.0 : activity;
        if (activity <= 0) {
            throw new IllegalArgumentException("hamsafar.demo.activity must be positive");
        }
    }
}
