package org.hamsafar.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo company: loaded on the first start of an empty store when {@code enabled}
 * (HAMSAFAR_DEMO). {@code customers} sets its size; {@code seed} makes it reproducible;
 * {@code historyDays} is how far back its customers were acquired.
 */
@ConfigurationProperties("hamsafar.demo")
record DemoProperties(boolean enabled, int customers, long seed, Integer historyDays) {
    DemoProperties {
        if (customers < 0) {
            throw new IllegalArgumentException("hamsafar.demo.customers must not be negative");
        }
        historyDays = historyDays == null ? 540 : historyDays;
    }
}
