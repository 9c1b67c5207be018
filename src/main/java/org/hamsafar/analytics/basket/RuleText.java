package org.hamsafar.analytics.basket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Item sets as names, and numbers compared the way a published table rounds them. */
final class RuleText {
    private RuleText() {
    }

    /** The names of {@code items}, sorted (the order does not matter in a set). */
    static Set<String> names(Baskets baskets, int[] items) {
        return Arrays.stream(items).mapToObj(baskets::itemName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Names written as "a|b" (mlxtend files) or "{a,b}" (arules output). */
    static Set<String> parse(String text) {
        String inner = text.strip();
        if (inner.startsWith("{") && inner.endsWith("}")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split(inner.contains("|") ? "\\|" : ","))
                .map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * True when {@code value} rounds to {@code published} at the published number of decimals
     * ("inf" matches only infinity), rounding the exact binary value half-up.
     */
    static boolean matches(double value, String published) {
        String text = published.strip();
        if (text.equalsIgnoreCase("inf")) {
            return Double.isInfinite(value) && value > 0;
        }
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return false;
        }
        BigDecimal expected = new BigDecimal(text);
        BigDecimal rounded = new BigDecimal(value).setScale(Math.max(0, expected.scale()), RoundingMode.HALF_UP);
        return rounded.compareTo(expected) == 0;
    }
}
