package org.hamsafar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hamsafar.customers.CustomerIdentity;
import org.hamsafar.customers.IdentityKind;
import org.hamsafar.events.NewEvent;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The demo company loads on the first start of an empty store, through the real write paths. */
@Tag("store")
@HamsafarTest
@TestPropertySource(properties = {"hamsafar.demo.enabled=true", "hamsafar.demo.customers=60", "hamsafar.demo.seed=7"})
class DemoCompanyTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoCompanyLoader loader;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void firstStartLoadedTheConfiguredNumberOfCustomersWithTheirEvents() {
        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(60);
        assertThat(count("SELECT COUNT(*) FROM demo_load")).isEqualTo(1);
        assertThat(count("SELECT COUNT(DISTINCT customer_id) FROM interaction_event")).isEqualTo(60);
        assertThat(count("SELECT COUNT(*) FROM interaction_event")).isGreaterThan(60 * 5);
        assertThat(count("SELECT COUNT(DISTINCT channel) FROM interaction_event")).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM interaction_event WHERE type = 'purchase' AND value > 0 AND currency = 'IRR'")).isPositive();
    }

    @Test
    void identitiesArriveNormalised() {
        List<String> phones = jdbc.sql("SELECT value FROM customer_identity WHERE kind = 'phone'").query(String.class).list();
        List<String> emails = jdbc.sql("SELECT value FROM customer_identity WHERE kind = 'email'").query(String.class).list();

        assertThat(phones).isNotEmpty().allMatch(p -> p.matches("\\+989\\d{9}"));
        assertThat(emails).isNotEmpty().allMatch(e -> e.equals(e.strip().toLowerCase()));
    }

    @Test
    void aSecondStartDoesNotLoadTheDemoAgain() throws Exception {
        loader.run(null);

        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(60);
        assertThat(count("SELECT COUNT(*) FROM demo_load")).isEqualTo(1);
    }

    @Test
    void theSameSeedMakesTheSameCompany() {
        DemoCustomerGenerator a = new DemoCustomerGenerator(42, NOW, 540);
        DemoCustomerGenerator b = new DemoCustomerGenerator(42, NOW, 540);
        DemoEventGenerator eventsA = new DemoEventGenerator(42, NOW);
        DemoEventGenerator eventsB = new DemoEventGenerator(42, NOW);

        for (int i = 0; i < 50; i++) {
            DemoCustomer customerA = a.generate(i);
            assertThat(customerA).isEqualTo(b.generate(i));
            assertThat(eventsA.generate(customerA, i)).isEqualTo(eventsB.generate(customerA, i));
        }
        assertThat(new DemoCustomerGenerator(43, NOW, 540).generate(0)).isNotEqualTo(a.generate(0));
    }

    @Test
    void identitiesAreUniqueAcrossTheCompany() {
        DemoCustomerGenerator generator = new DemoCustomerGenerator(1, NOW, 540);
        List<CustomerIdentity> identities = IntStream.range(0, 20_000)
                .mapToObj(generator::generate)
                .flatMap(c -> c.customer().identities().stream())
                .toList();

        assertThat(identities).doesNotHaveDuplicates();
        assertThat(identities.stream().filter(i -> i.kind() == IdentityKind.PHONE).count()).isGreaterThan(15_000);
    }

    @Test
    void theCompanyHasRealisticShape() {
        DemoCustomerGenerator customers = new DemoCustomerGenerator(1404, NOW, 540);
        DemoEventGenerator events = new DemoEventGenerator(1404, NOW);
        List<DemoCustomer> people = IntStream.range(0, 2000).mapToObj(customers::generate).toList();
        List<NewEvent> all = people.stream().flatMap(c -> events.generate(c, c.index()).stream()).toList();

        long women = people.stream().filter(c -> "female".equals(c.customer().attributes().gender())).count();
        long international = people.stream().filter(c -> !"IR".equals(c.customer().attributes().country())).count();
        long tehran = people.stream().filter(c -> "تهران".equals(c.customer().attributes().city())).count();
        Map<Boolean, Long> appFailures = Map.of(
                true, failureRate(all, "app"),
                false, failureRate(all, "web"));

        assertThat(women).isBetween(900L, 1200L);
        assertThat(international).isBetween(100L, 250L);
        assertThat(tehran).isBetween(300L, 600L);
        assertThat(all).allMatch(e -> !e.occurredAt().isAfter(NOW));
        // The built-in pain point: payments fail in the app several times as often as on the website.
        assertThat(appFailures.get(true)).isGreaterThan(appFailures.get(false) * 2);
    }

    /** Payment failures per thousand checkouts on a channel. */
    private static long failureRate(List<NewEvent> events, String channel) {
        long checkouts = events.stream().filter(e -> e.channel().key().equals(channel) && e.type().equals("checkout_started")).count();
        long failures = events.stream().filter(e -> e.channel().key().equals(channel) && e.type().equals("payment_failed")).count();
        return failures * 1000 / Math.max(1, checkouts);
    }
}
