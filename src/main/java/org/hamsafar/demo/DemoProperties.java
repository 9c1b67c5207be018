package org.hamsafar.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo company: loaded on the first start of an empty store when {@code enabled}
 * (HAMSAFAR_DEMO). {@code customers} sets its size; {@code seed} makes it reproducible;
 * {@code historyDays} is how far back its customers were acquired; {@code activity} scales how many
 * shopping sessions each customer has (1 = about 64 events per customer; the benchmarks use 0.15
 * for 10 million events from a million customers). {@code agentPassword} is the password of the
 * demo's agents and analyst (documented, for trying the product; change or disable them in earnest use).
 */
@ConfigurationProperties("hamsafar.demo")
record DemoProperties(boolean enabled, int customers, long seed, Integer historyDays, Double activity,
                      String agentPassword) {
    DemoProperties {
        if (customers < 0) {
            throw new IllegalArgumentException("hamsafar.demo.customers must not be negative");
        }
        historyDays = historyDays == null ? 540 : historyDays;
        activity = activity == null ? 1.0 : activity;
        agentPassword = agentPassword == null || agentPassword.isBlank() ? "demo-agent-1405" : agentPassword;
        if (activity <= 0) {
            throw new IllegalArgumentException("hamsafar.demo.activity must be positive");
        }
    }
}
