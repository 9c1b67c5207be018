package org.hamsafar.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hamsafar.shared.Channel;
import org.hamsafar.events.NewEvent;

/**
 * Generates a demo customer's interactions with the demo company, an omnichannel retailer: shopping
 * sessions on the website and the app (home, product, cart, checkout, purchase, with realistic
 * drop-off), order e-mails and shipping SMS, deliveries (some late), support contacts by phone, chat
 * and web form after problems (repeat contacts when unresolved), store visits, marketing e-mail and
 * SMS, and reviews on social media.
 *
 * <p>Two problems are built in for the analyses to find: payments in the app fail more often than
 * on the website, and late deliveries drive support contacts and unhappy reviews. Deliveries are
 * late more often in the rush before Nowruz, and half as often since the company changed its
 * courier {@link #COURIER_CHANGE_AGO} ago (the fix its survey results show). A new checkout is
 * being A/B tested ({@link DemoCheckoutExperiment}).
 */
final class DemoEventGenerator {
    /** How long before now the demo company changed its courier. */
    static final Duration COURIER_CHANGE_AGO = Duration.ofDays(100);
    private static final MonthDay RUSH_FROM = MonthDay.of(2, 15);
    private static final MonthDay NOWRUZ = MonthDay.of(3, 20);
    private static final double MINUTES_PER_MONTH = 30.44 * 24 * 60;
    private final long seed;
    private final Instant now;
    private final double activity;

    DemoEventGenerator(long seed, Instant now) {
        this(seed, now, 1.0);
    }

    /** {@code activity} scales the number of shopping sessions (and so of most events). */
    DemoEventGenerator(long seed, Instant now, double activity) {
        this.seed = seed;
        this.now = now;
        this.activity = activity;
    }

    List<NewEvent> generate(DemoCustomer customer, long customerId) {
        SplittableRandom random = DemoCustomerGenerator.randomFor(seed, customer.index(), 2);
        Builder events = new Builder(customer, customerId);
        double tenureMinutes = Duration.between(customer.since(), now).toMinutes();
        int sessions = Math.min(80, poisson(random, activity * customer.sessionsPerMonth() * tenureMinutes / MINUTES_PER_MONTH) + 1);
        for (int s = 0; s < sessions; s++) {
            Instant start = customer.since().plus(Duration.ofMinutes((long) (random.nextDouble() * tenureMinutes)));
            shoppingSession(random, events, start, s);
        }
        if (customer.nearStore()) {
            int visits = poisson(random, tenureMinutes / MINUTES_PER_MONTH * 0.4);
            for (int v = 0; v < visits; v++) {
                Instant at = customer.since().plus(Duration.ofMinutes((long) (random.nextDouble() * tenureMinutes)));
                events.add("store_visit", Channel.STORE, "store_floor", at, null, null, null);
                if (random.nextDouble() < 0.55) {
                    Instant paidAt = at.plusSeconds(600 + random.nextInt(1800));
                    BigDecimal paid = price(random);
                    int items = 1 + random.nextInt(4);
                    events.add("purchase", Channel.STORE, "pos", paidAt, null, paid, DemoCatalogue.purchaseProperties(events.baskets, items, "card"));
                }
            }
        }
        int months = (int) Math.max(1, tenureMinutes / MINUTES_PER_MONTH);
        for (int m = 0; m < months; m++) {
            Instant campaign = customer.since().plus(Duration.ofMinutes((long) ((m + random.nextDouble()) * MINUTES_PER_MONTH)));
            if (campaign.isAfter(now)) {
                break;
            }
            if (random.nextDouble() < customer.marketingEngagement() * 0.7 * Math.min(1, activity)) {
                events.add("email_opened", Channel.EMAIL, "newsletter", campaign, null, null, null);
                if (random.nextDouble() < 0.3) {
                    events.add("email_clicked", Channel.EMAIL, "newsletter", campaign.plusSeconds(30 + random.nextInt(600)), null, null, null);
                }
            }
            if (random.nextDouble() < customer.marketingEngagement() * 0.25 * Math.min(1, activity)) {
                events.add("sms_clicked", Channel.SMS, "promo_sms", campaign.plusSeconds(3600), null, null, null);
            }
        }
        experimentEnd(events);
        return events.list;
    }

    private void shoppingSession(SplittableRandom random, Builder events, Instant start, int sessionNumber) {
        boolean app = random.nextDouble() < events.customer.appAffinity();
        Channel channel = app ? Channel.APP : Channel.WEB;
        String session = "s" + events.customer.index() + "-" + sessionNumber;
        Instant t = start;
        events.add(app ? "app_opened" : "page_view", channel, "home", t, session, null, null);
        if (random.nextDouble() >= 0.65) {
            return;
        }
        int views = 1 + random.nextInt(3);
        for (int v = 0; v < views; v++) {
            t = t.plusSeconds(20 + random.nextInt(240));
            events.add("product_view", channel, "product_page", t, session, null, null);
        }
        if (random.nextDouble() >= 0.42) {
            return;
        }
        t = t.plusSeconds(15 + random.nextInt(120));
        events.add("add_to_cart", channel, "cart", t, session, null, null);
        if (random.nextDouble() >= 0.62) {
            return;
        }
        t = t.plusSeconds(30 + random.nextInt(300));
        events.add("checkout_started", channel, "checkout", t, session, null, null);
        if (events.arm.running(t)) {
            events.arm.exposed(channel, session, t);
        }
        double failure = app ? 0.16 : 0.04;
        if (random.nextDouble() < failure) {
            t = t.plusSeconds(20 + random.nextInt(90));
            events.add("payment_failed", channel, "payment", t, session, null, "{\"reason\":\"gateway_timeout\"}");
            if (random.nextDouble() < 0.55) {
                supportContact(random, events, t.plusSeconds(600 + random.nextInt(7200)), "payment", 0);
            }
            if (random.nextDouble() >= 0.45) {
                return;
            }
        }
        if (random.nextDouble() >= 0.78) {
            if (events.arm.keeps(t)) {
                events.arm.kept(channel, session, t);
            }
            return;
        }
        purchase(random, events, channel, session, t);
    }

    /**
     * The checkout experiment's events, after all the others so that those keep their place (and
     * the ids and draws that follow from it): each exposure, then each purchase B's checkout kept.
     */
    private void experimentEnd(Builder events) {
        for (DemoCheckoutExperiment.Checkout c : events.arm.exposures) {
            events.add(DemoCheckoutExperiment.EXPOSURE, c.channel(), "checkout", c.at(), c.session(), null, events.arm.properties());
        }
        for (DemoCheckoutExperiment.Checkout c : events.arm.keptPurchases) {
            purchase(events.arm.random, events, c.channel(), c.session(), c.at());
        }
    }

    /** An online purchase at the end of a checkout at {@code t}, and what follows it. */
    private void purchase(SplittableRandom random, Builder events, Channel channel, String session, Instant t) {
        t = t.plusSeconds(40 + random.nextInt(200));
        BigDecimal value = price(random);
        int items = 1 + random.nextInt(5);
        String paymentMethod = random.nextDouble() < 0.8 ? "card" : "wallet";
        events.add("purchase", channel, "checkout", t, session, value, DemoCatalogue.purchaseProperties(events.baskets, items, paymentMethod));
        afterPurchase(random, events, t);
    }

    private void afterPurchase(SplittableRandom random, Builder events, Instant purchasedAt) {
        if (random.nextDouble() < 0.6) {
            events.add("email_opened", Channel.EMAIL, "order_confirmation", purchasedAt.plusSeconds(60 + random.nextInt(3600)), null, null, null);
        }
        events.add("sms_delivered", Channel.SMS, "shipping_update", purchasedAt.plusSeconds(86_400 + random.nextInt(86_400)), null, null, null);
        boolean late = random.nextDouble() < lateShare(purchasedAt);
        long deliverySeconds = (late ? 5 * 86_400 + random.nextInt(4 * 86_400) : 86_400 + random.nextInt(3 * 86_400));
        Instant delivered = purchasedAt.plusSeconds(deliverySeconds);
        events.add("delivery_completed", Channel.OTHER, "delivery", delivered, null, null,
                "{\"late\":" + late + ",\"days\":" + deliverySeconds / 86_400 + "}");
        if (late && random.nextDouble() < 0.5) {
            supportContact(random, events, purchasedAt.plusSeconds(4 * 86_400 + random.nextInt(86_400)), "delivery", 0);
        }
        double reviewChance = late ? 0.12 : 0.05;
        if (random.nextDouble() < reviewChance) {
            boolean happy = !late && random.nextDouble() < 0.85;
            String text = happy
                    ? DemoTexts.pick(random, events.customer.language(), DemoTexts.HAPPY_REVIEW_FA, DemoTexts.HAPPY_REVIEW_EN)
                    : DemoTexts.pick(random, events.customer.language(), DemoTexts.UNHAPPY_REVIEW_FA, DemoTexts.UNHAPPY_REVIEW_EN);
            events.addText("review_posted", Channel.SOCIAL, "instagram", delivered.plusSeconds(3600 + random.nextInt(172_800)), text,
                    "{\"rating\":" + (happy ? 4 + random.nextInt(2) : 1 + random.nextInt(2)) + "}");
        }
    }

    /**
     * The share of deliveries that arrive late: 14%, 26% in the rush from mid-February to Nowruz
     * (20 March), halved for orders since the courier change.
     */
    double lateShare(Instant purchasedAt) {
        MonthDay day = MonthDay.from(purchasedAt.atZone(ZoneOffset.UTC));
        double share = !day.isBefore(RUSH_FROM) && !day.isAfter(NOWRUZ) ? 0.26 : 0.14;
        return courierChanged(purchasedAt) ? share / 2 : share;
    }

    boolean courierChanged(Instant at) {
        return at.isAfter(now.minus(COURIER_CHANGE_AGO));
    }

    /** A contact about a problem; an unresolved one is followed by another, often on another channel. */
    private void supportContact(SplittableRandom random, Builder events, Instant at, String reason, int attempt) {
        if (at.isAfter(now) || attempt > 2) {
            return;
        }
        boolean resolved = random.nextDouble() < 0.55 + attempt * 0.15;
        double pick = random.nextDouble();
        String text = "payment".equals(reason)
                ? DemoTexts.pick(random, events.customer.language(), DemoTexts.PAYMENT_FA, DemoTexts.PAYMENT_EN)
                : DemoTexts.pick(random, events.customer.language(), DemoTexts.LATE_DELIVERY_FA, DemoTexts.LATE_DELIVERY_EN);
        if (pick < 0.45 || attempt > 0 && pick < 0.7) {
            int wait = 30 + random.nextInt(attempt > 0 ? 1200 : 600);
            events.add("call_ended", Channel.PHONE, "support_line", at, null, null,
                    "{\"reason\":\"" + reason + "\",\"waitSeconds\":" + wait + ",\"durationSeconds\":" + (120 + random.nextInt(900))
                            + ",\"resolved\":" + resolved + "}");
        } else if (pick < 0.8) {
            events.addText("chat_message", Channel.CHAT, "live_chat", at, text, "{\"reason\":\"" + reason + "\",\"resolved\":" + resolved + "}");
        } else {
            events.addText("ticket_opened", Channel.WEB, "support_form", at, text, "{\"reason\":\"" + reason + "\"}");
            resolved = false;
        }
        if (!resolved && random.nextDouble() < 0.7) {
            supportContact(random, events, at.plusSeconds(3600 + random.nextInt(2 * 86_400)), reason, attempt + 1);
        }
    }

    private static BigDecimal price(SplittableRandom random) {
        // Rials, log-normal around 25 million (2.5 million toman), rounded to thousands.
        double rials = Math.exp(Math.log(25_000_000) + random.nextGaussian() * 0.8);
        return BigDecimal.valueOf(Math.round(rials / 1000) * 1000);
    }

    private static int poisson(SplittableRandom random, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    /** Collects one customer's events with ids that stay the same on every run. */
    private final class Builder {
        final DemoCustomer customer;
        final long customerId;
        final List<NewEvent> list = new ArrayList<>();
        /** Draws the products of purchases, apart from the main stream so that every other draw stays as it was. */
        final SplittableRandom baskets;
        /** The customer's variant in the checkout experiment ({@link DemoCheckoutExperiment}). */
        final DemoCheckoutExperiment.Arm arm;

        Builder(DemoCustomer customer, long customerId) {
            this.customer = customer;
            this.customerId = customerId;
            this.baskets = DemoCustomerGenerator.randomFor(seed, customer.index(), 4);
            this.arm = new DemoCheckoutExperiment.Arm(seed, customer.index(), now);
        }

        void add(String type, Channel channel, String touchpoint, Instant at, String session, BigDecimal value, String properties) {
            if (!at.isAfter(now)) {
                list.add(new NewEvent(NewEvent.idFor(id()), id(), customerId, source(), type, channel, touchpoint, at, session, value,
                        value == null ? null : "IRR", null, properties));
            }
        }

        void addText(String type, Channel channel, String touchpoint, Instant at, String text, String properties) {
            if (!at.isAfter(now)) {
                list.add(new NewEvent(NewEvent.idFor(id()), id(), customerId, source(), type, channel, touchpoint, at, null, null, null, text, properties));
            }
        }

        /** Demo events name their customer by the external id, as a shop's systems would. */
        private String source() {
            return customer.customer().identities().get(0).key();
        }

        private String id() {
            return "demo-" + customer.index() + "-" + list.size();
        }
    }
}
