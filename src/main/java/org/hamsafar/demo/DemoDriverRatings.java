package org.hamsafar.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The 1-5 ratings of delivery, product quality, prices and checkout that NPS respondents give
 * beside their score, for key-driver analysis. Each follows what the respondent went through (a
 * late delivery, a failed payment, an unresolved complaint) and their overall mood as the score
 * shows it, so delivery weighs most and rates below the others (the company's known problem:
 * key-driver analysis puts it first to improve), quality weighs next and rates well, and prices
 * weigh least. In-store buyers rate neither delivery nor checkout; 15% skip the ratings. The draws
 * come from a stream of their own, so every other answer is as without the ratings.
 */
final class DemoDriverRatings {
    static final String DELIVERY = "rate_delivery";
    static final String QUALITY = "rate_quality";
    static final String PRICE = "rate_price";
    static final String CHECKOUT = "rate_checkout";
    private static final long STREAM = 6;

    private DemoDriverRatings() {
    }

    /** What the respondent went through, as their NPS answer saw it ({@code touchpoint}: delivery, checkout or pos). */
    record Experience(int nps, String touchpoint, boolean late, boolean failed, boolean app, boolean unresolved, boolean courierChanged) {
    }

    static SplittableRandom randomFor(long seed, int index) {
        return DemoCustomerGenerator.randomFor(seed, index, STREAM);
    }

    static Map<String, Integer> rate(SplittableRandom random, Experience e) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        if (random.nextDouble() < 0.15) {
            return ratings;
        }
        // The score standardised around a passive's 7: the mood every rating shares.
        double mood = (e.nps() - 7) / 2.5;
        boolean store = "pos".equals(e.touchpoint());
        boolean delivery = "delivery".equals(e.touchpoint());
        if (!store) {
            double mean = delivery
                    ? 3.9 - (e.late() ? 1.7 : 0) - (e.unresolved() ? 0.5 : 0) + (e.courierChanged() && !e.late() ? 0.2 : 0) + 0.3 * mood
                    : 3.5 + (e.courierChanged() ? 0.2 : 0) + 0.4 * mood;
            put(ratings, random, DELIVERY, mean, delivery ? 0.6 : 0.8);
        }
        put(ratings, random, QUALITY, 3.9 + 0.5 * mood, 0.7);
        put(ratings, random, PRICE, 3.2 + 0.3 * mood, 0.8);
        if (!store) {
            double mean = delivery ? 4.0 - (e.app() ? 0.2 : 0) + 0.25 * mood
                    : 4.1 - (e.failed() ? 1.6 : 0) - (e.app() ? 0.3 : 0) + 0.3 * mood;
            put(ratings, random, CHECKOUT, mean, delivery ? 0.8 : 0.7);
        }
        return ratings;
    }

    /** A rating around {@code mean}, rounded into 1-5; 3% leave a single rating out. */
    private static void put(Map<String, Integer> ratings, SplittableRandom random, String key, double mean, double spread) {
        double drawn = mean + random.nextGaussian() * spread;
        if (random.nextDouble() >= 0.03) {
            ratings.put(key, (int) Math.max(1, Math.min(5, Math.round(drawn))));
        }
    }
}
