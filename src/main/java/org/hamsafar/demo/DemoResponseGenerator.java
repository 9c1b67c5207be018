package org.hamsafar.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hamsafar.customers.CustomerAttributes;
import org.hamsafar.customers.IdentityKind;
import org.hamsafar.demo.DemoFeedbackTexts.Theme;
import org.hamsafar.events.NewEvent;
import org.hamsafar.feedback.ResponseBackfill.PastInvitation;
import org.hamsafar.feedback.ResponseBackfill.PastResponse;
import org.hamsafar.feedback.ResponseBackfill.UnansweredInvitation;
import org.hamsafar.feedback.Survey;

/**
 * A year of a demo customer's survey answers, following their events: NPS after purchases and
 * deliveries, CSAT after support calls and chats, CES after checkouts and the support form, and the
 * onboarding survey after sign-up. Each survey invites a customer at most once in 30 days (the
 * surveys' fatigue setting); 10-30% answer, more of the engaged, the older and the angry.
 *
 * <p>Scores follow what happened: late deliveries make detractors with delivery comments, failed
 * app payments low CES and NPS at checkout and payment, unresolved or long-waiting support calls low
 * CSAT. Segments differ (nearby store, age, income, loyalty), scores drift up over the year, and
 * deliveries please more since the courier change ({@link DemoEventGenerator#COURIER_CHANGE_AGO}).
 * Like the events, everything depends only on the seed, the customer and their events.
 */
final class DemoResponseGenerator {
    /** The surveys started this long before now. */
    static final Duration HISTORY = Duration.ofDays(365);
    private static final Duration FATIGUE = Duration.ofDays(30);
    private static final Duration REMINDER = Duration.ofDays(3);
    private static final Duration EXPIRY = Duration.ofDays(14);
    /** E-mailed NPS invitations sent this recently are stored as invitation rows (sent, answered, expired). */
    private static final Duration INVITATION_ROWS = Duration.ofDays(60);
    private static final Map<String, String> SHOPS_FOR_INTEREST = Map.ofEntries(
            Map.entry("fashion", "fashion"), Map.entry("electronics", "electronics"), Map.entry("books", "books"),
            Map.entry("sports", "sports"), Map.entry("travel", "sports"), Map.entry("fitness", "sports"),
            Map.entry("cooking", "home"), Map.entry("home_decor", "home"), Map.entry("gardening", "home"),
            Map.entry("gaming", "electronics"), Map.entry("photography", "electronics"), Map.entry("beauty", "beauty"),
            Map.entry("kids", "kids"), Map.entry("music", "gifts"), Map.entry("cinema", "gifts"));

    private final long seed;
    private final Instant now;
    private final Instant start;
    private final DemoSurveys.Ids surveys;
    private final DemoEventGenerator eventGenerator;

    DemoResponseGenerator(long seed, Instant now, DemoSurveys.Ids surveys, DemoEventGenerator eventGenerator) {
        this.seed = seed;
        this.now = now;
        this.start = now.minus(HISTORY);
        this.surveys = surveys;
        this.eventGenerator = eventGenerator;
    }

    /** A customer's responses, and the e-mailed invitations nobody answered. */
    record Feedback(List<PastResponse> responses, List<UnansweredInvitation> unanswered) {
    }

    Feedback generate(DemoCustomer customer, long customerId, List<NewEvent> events) {
        Respondent respondent = new Respondent(customer, customerId, events);
        respondent.purchases();
        respondent.supportContacts();
        respondent.selfService();
        respondent.onboarding();
        return new Feedback(respondent.responses, respondent.unanswered);
    }

    /** One invitation to answer (or an intercept on a page), before fatigue and chance decide. */
    private record Invite(Instant at, int event, String channel, String touchpoint) {
    }

    private final class Respondent {
        final SplittableRandom random;
        /** Draws the NPS respondents' driver ratings, apart from {@link #random}. */
        final SplittableRandom ratings;
        final DemoCustomer customer;
        final long customerId;
        final List<NewEvent> events;
        final DemoEventHistory history;
        final String language;
        final String identity;
        final boolean email;
        final boolean phone;
        final int age;
        /** Added to every score (NPS points; scaled down for the shorter scales). */
        final double mood;
        /** Multiplies the chance to answer. */
        final double responsiveness;
        final List<PastResponse> responses = new ArrayList<>();
        final List<UnansweredInvitation> unanswered = new ArrayList<>();

        Respondent(DemoCustomer customer, long customerId, List<NewEvent> events) {
            this.random = DemoCustomerGenerator.randomFor(seed, customer.index(), 3);
            this.ratings = DemoDriverRatings.randomFor(seed, customer.index());
            this.customer = customer;
            this.customerId = customerId;
            this.events = events;
            this.history = new DemoEventHistory(events);
            this.language = customer.language();
            this.identity = customer.customer().identities().get(0).key();
            this.email = customer.customer().identities().stream().anyMatch(i -> i.kind() == IdentityKind.EMAIL);
            this.phone = customer.customer().identities().stream().anyMatch(i -> i.kind() == IdentityKind.PHONE);
            CustomerAttributes attributes = customer.customer().attributes();
            this.age = now.atZone(ZoneOffset.UTC).getYear() - attributes.birthYear();
            double segment = (customer.nearStore() ? 0.3 : 0) + (age >= 45 ? 0.4 : age < 25 ? -0.3 : 0)
                    + ("high".equals(attributes.incomeBand()) || "upper_middle".equals(attributes.incomeBand()) ? -0.3 : 0)
                    + ("IR".equals(attributes.country()) ? 0 : -0.2) + (customer.sessionsPerMonth() > 3 ? 0.3 : 0);
            this.mood = segment + random.nextGaussian() * 0.9;
            this.responsiveness = (0.6 + 0.8 * customer.marketingEngagement()) * (age >= 45 ? 1.2 : age < 25 ? 0.8 : 1.0)
                    * ("en".equals(language) ? 0.9 : 1.0);
        }

        // ---- NPS after purchases: at checkout (hours after), at delivery (after it arrived), in the store

        void purchases() {
            List<Invite> invites = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                NewEvent purchase = events.get(i);
                if (!"purchase".equals(purchase.type()) || purchase.occurredAt().isBefore(start)) {
                    continue;
                }
                boolean store = "store".equals(purchase.channel().key());
                int delivery = store ? -1 : history.deliveryOf(i);
                if (store) {
                    invites.add(new Invite(purchase.occurredAt().plusSeconds(3600 + random.nextInt(3 * 3600)), i,
                            phone ? "sms" : "email", "pos"));
                } else if (delivery >= 0 && random.nextDouble() < 0.55) {
                    Instant at = events.get(delivery).occurredAt().plusSeconds(2 * 3600 + random.nextInt(28 * 3600));
                    invites.add(new Invite(at, delivery, phone && random.nextDouble() < 0.5 ? "sms" : "email", "delivery"));
                } else if ("web".equals(purchase.channel().key()) && random.nextDouble() < 0.4) {
                    invites.add(new Invite(purchase.occurredAt().plusSeconds(30 + random.nextInt(150)), i, "web", "checkout"));
                } else {
                    invites.add(new Invite(purchase.occurredAt().plusSeconds(3600 + random.nextInt(5 * 3600)), i,
                            email ? "email" : "sms", "checkout"));
                }
            }
            invites.removeIf(invite -> !email && "email".equals(invite.channel()) || !phone && "sms".equals(invite.channel()));
            for (Invite invite : unfatigued(invites)) {
                NewEvent cause = events.get(invite.event());
                boolean delivery = "delivery".equals(invite.touchpoint());
                int purchase = delivery ? history.purchaseOf(invite.event()) : invite.event();
                boolean late = delivery && DemoEventHistory.flag(cause, "late");
                boolean failed = !delivery && history.paymentFailedBefore(purchase);
                boolean unresolved = delivery && history.unresolvedContactAfter(purchase);
                boolean app = "app".equals(events.get(purchase).channel().key());
                double chance = ("web".equals(invite.channel()) ? 0.28 : "sms".equals(invite.channel()) ? 0.15 : 0.2)
                        * (late ? 1.5 : 1) * (failed ? 1.3 : 1);
                Instant answered = answeredAt(invite, chance);
                PastInvitation invitation = invitationRow(invite, cause, answered);
                if (answered == null) {
                    if (invitation != null) {
                        unanswered.add(new UnansweredInvitation(surveys.nps().id(), customerId, invite.touchpoint(), invitation));
                    }
                    continue;
                }
                double mean;
                if (delivery) {
                    mean = late ? 4.3 - 0.35 * Math.max(0, DemoEventHistory.number(cause, "days", 5) - 5)
                            : eventGenerator.courierChanged(cause.occurredAt()) ? 7.9 : 7.3;
                    mean -= unresolved ? 1.0 : 0;
                } else if ("pos".equals(invite.touchpoint())) {
                    mean = 8.7;
                } else {
                    mean = 8.3 - (failed ? (app ? 2.8 : 2.2) : 0) - (app ? 0.2 : 0);
                }
                int score = score(mean + mood + trend(answered), 1.3, 0, 10);
                Map<String, Object> answers = new LinkedHashMap<>();
                answers.put("nps", score);
                answers.putAll(DemoDriverRatings.rate(ratings, new DemoDriverRatings.Experience(score, invite.touchpoint(), late, failed, app,
                        unresolved, eventGenerator.courierChanged(cause.occurredAt()))));
                Theme theme = npsTheme(invite.touchpoint(), score, late, failed, app, cause.occurredAt());
                double writes = score <= 6 ? 0.75 : score <= 8 ? 0.4 : 0.45;
                if (random.nextDouble() < writes) {
                    Theme second = null;
                    if (theme == Theme.LATE_DELIVERY && unresolved && random.nextDouble() < 0.4) {
                        second = random.nextBoolean() ? Theme.SUPPORT_BAD : Theme.WAITING;
                    } else if (theme == Theme.PAYMENT_FAILED && random.nextDouble() < 0.2) {
                        second = Theme.REFUND;
                    } else if (theme == Theme.PRAISE && random.nextDouble() < 0.15) {
                        second = !delivery ? Theme.GOOD_PRICE : random.nextBoolean() ? Theme.GOOD_QUALITY : Theme.FAST_DELIVERY;
                    }
                    answers.put("reason", second == null ? DemoFeedbackTexts.comment(random, language, theme)
                            : DemoFeedbackTexts.comment(random, language, theme, second));
                }
                if (score <= 6 && random.nextDouble() < 0.8) {
                    answers.put("improve", improvements(theme));
                }
                respond(surveys.nps(), "nps-" + invite.event(), invite, answered, answers, invitation);
            }
        }

        Theme npsTheme(String touchpoint, int score, boolean late, boolean failed, boolean app, Instant at) {
            boolean low = score <= 6;
            boolean high = score >= 9;
            if ("delivery".equals(touchpoint)) {
                boolean changed = eventGenerator.courierChanged(at);
                if (late) {
                    return high ? weighted(0.6, Theme.DELIVERY_OK, 0.4, Theme.PRAISE)
                            : weighted(0.65, Theme.LATE_DELIVERY, changed ? 0.1 : 0.2, Theme.COURIER, 0.08, Theme.REFUND, 0.07, Theme.QUALITY);
                }
                if (low) {
                    return weighted(changed ? 0.2 : 0.5, Theme.COURIER, 0.3, Theme.QUALITY, 0.2, Theme.PRICE);
                }
                return high ? weighted(0.45, Theme.FAST_DELIVERY, 0.35, Theme.PRAISE, 0.2, Theme.GOOD_QUALITY)
                        : weighted(0.3, Theme.NEUTRAL, 0.2, Theme.DELIVERY_OK, 0.2, Theme.FAST_DELIVERY, 0.1, Theme.PRICE, 0.1, Theme.QUALITY,
                        changed ? 0.02 : 0.1, Theme.COURIER);
            }
            if ("pos".equals(touchpoint)) {
                return low ? weighted(0.4, Theme.STORE_BAD, 0.3, Theme.PRICE, 0.2, Theme.QUALITY, 0.1, Theme.NEUTRAL)
                        : high ? weighted(0.4, Theme.STORE_GOOD, 0.3, Theme.PRAISE, 0.2, Theme.GOOD_PRICE, 0.1, Theme.GOOD_QUALITY)
                        : weighted(0.4, Theme.NEUTRAL, 0.3, Theme.STORE_BAD, 0.3, Theme.PRICE);
            }
            if (failed) {
                return high ? weighted(0.6, Theme.PRAISE, 0.4, Theme.NEUTRAL)
                        : weighted(0.6, Theme.PAYMENT_FAILED, app ? 0.3 : 0.05, Theme.APP_CRASH, 0.1, Theme.REFUND);
            }
            if (low) {
                // Before delivery, a buyer can only judge prices and the shop itself.
                return weighted(0.4, Theme.PRICE, app ? 0.2 : 0.05, Theme.APP_CRASH, 0.2, Theme.HARD_CHECKOUT, 0.2, Theme.NEUTRAL);
            }
            return high ? weighted(0.45, Theme.PRAISE, 0.3, Theme.GOOD_PRICE, 0.25, Theme.EASY)
                    : weighted(0.45, Theme.NEUTRAL, 0.25, Theme.PRICE, 0.15, Theme.GOOD_PRICE, 0.15, Theme.EASY);
        }

        /** What a detractor ticks under "what should we improve": what they wrote about, sometimes one more. */
        List<String> improvements(Theme theme) {
            Set<String> chosen = new LinkedHashSet<>();
            switch (theme) {
                case LATE_DELIVERY, COURIER -> chosen.add("delivery");
                case PAYMENT_FAILED, REFUND -> chosen.add("payment");
                case APP_CRASH -> chosen.add("app");
                case PRICE -> chosen.add("price");
                case QUALITY -> chosen.add("quality");
                case SUPPORT_BAD, WAITING -> chosen.add("support");
                default -> chosen.add(DemoSurveys.IMPROVE.get(random.nextInt(DemoSurveys.IMPROVE.size())));
            }
            if (random.nextDouble() < 0.25) {
                chosen.add(DemoSurveys.IMPROVE.get(random.nextInt(DemoSurveys.IMPROVE.size())));
            }
            return List.copyOf(chosen);
        }

        // ---- CSAT after support calls (by SMS or e-mail) and chats (at the end of the chat)

        void supportContacts() {
            List<Invite> invites = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                NewEvent e = events.get(i);
                if (e.occurredAt().isBefore(start)) {
                    continue;
                }
                if ("call_ended".equals(e.type()) && (phone || email)) {
                    invites.add(new Invite(e.occurredAt().plusSeconds(300 + random.nextInt(1500)), i, phone ? "sms" : "email",
                            e.touchpoint()));
                } else if ("chat_message".equals(e.type())) {
                    invites.add(new Invite(e.occurredAt().plusSeconds(30 + random.nextInt(90)), i, "chat", e.touchpoint()));
                }
            }
            for (Invite invite : unfatigued(invites)) {
                NewEvent contact = events.get(invite.event());
                boolean resolved = DemoEventHistory.flag(contact, "resolved");
                int wait = DemoEventHistory.number(contact, "waitSeconds", 0);
                boolean repeat = history.earlierContact(invite.event());
                double chance = ("chat".equals(invite.channel()) ? 0.35 : 0.25) * (resolved ? 1 : 1.3);
                Instant answered = answeredAt(invite, chance);
                if (answered == null) {
                    continue;
                }
                double mean = (resolved ? 4.4 : 2.4) - (wait > 600 ? 0.5 : 0) - (repeat ? 0.4 : 0);
                int score = score(mean + 0.35 * (mood + trend(answered)), 0.7, 1, 5);
                Map<String, Object> answers = new LinkedHashMap<>();
                answers.put("csat", score);
                // A few remember it differently from the agent's notes.
                answers.put("resolved", random.nextDouble() < 0.08 ? !resolved : resolved);
                if (score <= 3 && random.nextDouble() < 0.7) {
                    boolean payment = "payment".equals(DemoEventHistory.reason(contact));
                    Theme theme = weighted(wait > 600 ? 0.45 : 0.05, Theme.WAITING, resolved ? 0.15 : 0.5, Theme.SUPPORT_BAD,
                            payment ? 0.2 : 0, Theme.PAYMENT_FAILED, payment ? 0.2 : 0, Theme.REFUND,
                            payment ? 0 : 0.3, Theme.LATE_DELIVERY, payment ? 0 : 0.05, Theme.COURIER);
                    answers.put("comment", theme != Theme.SUPPORT_BAD && !resolved && random.nextDouble() < 0.25
                            ? DemoFeedbackTexts.comment(random, language, theme, Theme.SUPPORT_BAD)
                            : DemoFeedbackTexts.comment(random, language, theme));
                }
                respond(surveys.csat(), "csat-" + invite.event(), invite, answered, answers, null);
            }
        }

        // ---- CES after checking out in the app or on the website, and after the support form

        void selfService() {
            List<Invite> invites = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                NewEvent e = events.get(i);
                if (e.occurredAt().isBefore(start)) {
                    continue;
                }
                if ("checkout_started".equals(e.type())) {
                    int last = history.lastOfSession(i);
                    boolean failed = history.sessionHas(i, "payment_failed");
                    // The intercept always follows a failed payment, and half of the other checkouts.
                    if (!failed && random.nextDouble() < 0.5) {
                        continue;
                    }
                    invites.add(new Invite(events.get(last).occurredAt().plusSeconds(10 + random.nextInt(80)), i, e.channel().key(),
                            failed ? "payment" : "checkout"));
                } else if ("ticket_opened".equals(e.type())) {
                    invites.add(new Invite(e.occurredAt().plusSeconds(5 + random.nextInt(55)), i, "web", e.touchpoint()));
                }
            }
            for (Invite invite : unfatigued(invites)) {
                boolean form = "support_form".equals(invite.touchpoint());
                boolean failed = "payment".equals(invite.touchpoint());
                boolean app = "app".equals(invite.channel());
                boolean bought = !form && history.sessionHas(invite.event(), "purchase");
                Instant answered = answeredAt(invite, failed ? 0.4 : form ? 0.35 : 0.3);
                if (answered == null) {
                    continue;
                }
                double mean = form ? 4.0 : failed ? (bought ? 3.6 : 2.6) - (app ? 0.3 : 0) : app ? 5.6 : 5.9;
                int score = score(mean + 0.45 * (mood + trend(answered)), 0.9, 1, 7);
                Map<String, Object> answers = new LinkedHashMap<>();
                answers.put("ces", score);
                if (random.nextDouble() < (score <= 3 ? 0.65 : score <= 5 ? 0.35 : 0.3)) {
                    Theme theme;
                    if (score >= 6) {
                        theme = form ? weighted(0.6, Theme.EASY_FORM, 0.4, Theme.SUPPORT_GOOD) : weighted(0.7, Theme.EASY, 0.3, Theme.PRAISE);
                    } else if (form) {
                        theme = weighted(0.5, Theme.HARD_FORM, 0.2, Theme.WAITING, 0.3, Theme.SUPPORT_BAD);
                    } else if (failed) {
                        theme = weighted(0.6, Theme.PAYMENT_FAILED, app ? 0.3 : 0.05, Theme.APP_CRASH, 0.1, Theme.REFUND);
                    } else if (score >= 4) {
                        theme = weighted(0.4, Theme.NEUTRAL, 0.3, Theme.HARD_CHECKOUT, app ? 0.3 : 0.1, Theme.APP_CRASH);
                    } else {
                        theme = weighted(app ? 0.5 : 0.2, Theme.APP_CRASH, 0.4, Theme.HARD_CHECKOUT, 0.1, Theme.PRICE);
                    }
                    answers.put("comment", DemoFeedbackTexts.comment(random, language, theme));
                }
                respond(surveys.ces(), "ces-" + invite.event(), invite, answered, answers, null);
            }
        }

        // ---- Onboarding, a few days after sign-up

        void onboarding() {
            Instant at = customer.since().plusSeconds(2 * 86_400 + random.nextInt(4 * 86_400));
            if (customer.since().isBefore(start) || !at.isBefore(now) || !email && !phone) {
                return;
            }
            Invite invite = new Invite(at, -1, email ? "email" : "sms", "onboarding");
            Instant answered = answeredAt(invite, 0.25);
            if (answered == null) {
                return;
            }
            int rating = score(4.0 + 0.6 * (customer.appAffinity() - 0.5) - (age > 55 ? 0.4 : 0) + 0.3 * mood, 0.7, 1, 5);
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("signup_ease", rating);
            if (random.nextDouble() < 0.9) {
                answers.put("heard_from", customer.nearStore() && random.nextDouble() < 0.35 ? "store"
                        : age < 30 && random.nextDouble() < 0.35 ? "social"
                        : DemoSurveys.HEARD_FROM.get(random.nextInt(DemoSurveys.HEARD_FROM.size())));
            }
            if (random.nextDouble() < 0.75) {
                Set<String> shops = new LinkedHashSet<>();
                customer.customer().attributes().interests().forEach(interest -> {
                    String choice = SHOPS_FOR_INTEREST.get(interest);
                    if (choice != null) {
                        shops.add(choice);
                    }
                });
                if (shops.isEmpty()) {
                    shops.add(DemoSurveys.SHOPS_FOR.get(random.nextInt(DemoSurveys.SHOPS_FOR.size())));
                }
                answers.put("shops_for", List.copyOf(shops));
            }
            if (random.nextDouble() < 0.3) {
                Theme theme = rating >= 4 ? Theme.ONBOARDING_GOOD : rating <= 2 ? Theme.ONBOARDING_BAD
                        : weighted(0.5, Theme.NEUTRAL, 0.5, Theme.ONBOARDING_BAD);
                answers.put("comment", DemoFeedbackTexts.comment(random, language, theme));
            }
            respond(surveys.onboarding(), "onboarding", invite, answered, answers, null);
        }

        // ---- shared

        /** The invites left once each comes at least the fatigue period after the last one, in time order. */
        List<Invite> unfatigued(List<Invite> invites) {
            List<Invite> sorted = new ArrayList<>(invites);
            sorted.sort(Comparator.comparing(Invite::at).thenComparingInt(Invite::event));
            List<Invite> kept = new ArrayList<>();
            Instant last = null;
            for (Invite invite : sorted) {
                if (invite.at().isBefore(start) || !invite.at().isBefore(now)) {
                    continue;
                }
                if (last == null || !invite.at().isBefore(last.plus(FATIGUE))) {
                    kept.add(invite);
                    last = invite.at();
                }
            }
            return kept;
        }

        /**
         * When the invited customer answers: within minutes on a page or in a chat; within hours of an
         * e-mail or SMS, or after its reminder; or never (null), also when the link expired first.
         */
        Instant answeredAt(Invite invite, double chance) {
            if (random.nextDouble() >= Math.min(0.6, chance * responsiveness)) {
                return null;
            }
            Instant at;
            if (!sent(invite)) {
                at = invite.at().plusSeconds(20 + random.nextInt(240));
            } else if (random.nextDouble() < 0.72) {
                long minutes = (long) Math.min(3 * 24 * 60 - 1, Math.exp(Math.log(90) + random.nextGaussian() * 1.1));
                at = invite.at().plusSeconds(60 + minutes * 60);
            } else {
                long minutes = (long) Math.min(10 * 24 * 60, Math.exp(Math.log(60) + random.nextGaussian() * 1.4));
                at = invite.at().plus(REMINDER).plusSeconds(60 + minutes * 60);
            }
            return at.isBefore(now) && at.isBefore(invite.at().plus(EXPIRY)) ? at : null;
        }

        /**
         * E-mailed NPS invitations of the last weeks become invitation rows: answered, sent or expired.
         * Unanswered ones whose reminder is still to come are left out: the invitation dispatcher
         * would send that reminder to a demo customer's made-up (perhaps someone's real) address.
         */
        PastInvitation invitationRow(Invite invite, NewEvent cause, Instant answered) {
            Instant reminder = invite.at().plus(REMINDER);
            if (!"email".equals(invite.channel()) || invite.at().isBefore(now.minus(INVITATION_ROWS))
                    || answered == null && !reminder.isBefore(now)) {
                return null;
            }
            boolean reminded = reminder.isBefore(now) && (answered == null || answered.isAfter(reminder));
            return new PastInvitation("email", cause.id(), invite.at(), reminded ? reminder : null);
        }

        void respond(Survey survey, String key, Invite invite, Instant at, Map<String, Object> answers, PastInvitation invitation) {
            responses.add(new PastResponse(survey.id(), "demo-" + seed + "-" + customer.index() + "-" + key, customerId, identity,
                    invite.channel(), invite.touchpoint(), sent(invite) ? "page" : "widget", language, at, answers, invitation));
        }

        boolean sent(Invite invite) {
            return "email".equals(invite.channel()) || "sms".equals(invite.channel());
        }

        /** Scores drift up by a third of a point over the surveys' year. */
        double trend(Instant at) {
            return 0.3 * Duration.between(start, at).toMinutes() / HISTORY.toMinutes();
        }

        int score(double mean, double spread, int min, int max) {
            return (int) Math.max(min, Math.min(max, Math.round(mean + random.nextGaussian() * spread)));
        }

        /** One of the themes, each with its weight: weighted(0.6, A, 0.4, B). */
        Theme weighted(Object... weightsAndThemes) {
            double total = 0;
            for (int i = 0; i < weightsAndThemes.length; i += 2) {
                total += (Double) weightsAndThemes[i];
            }
            double ticket = random.nextDouble() * total;
            for (int i = 0; i < weightsAndThemes.length; i += 2) {
                ticket -= (Double) weightsAndThemes[i];
                if (ticket < 0) {
                    return (Theme) weightsAndThemes[i + 1];
                }
            }
            return (Theme) weightsAndThemes[weightsAndThemes.length - 1];
        }
    }

}
