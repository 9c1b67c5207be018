package org.hamsafar.analytics.basket;

import java.util.Locale;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.events.PurchaseBaskets;
import org.hamsafar.events.PurchaseBaskets.EventCounts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the rules of the stored purchase baskets: streams the baskets out of the store into
 * compact int form (item names become ids as they arrive), mines them, and writes the result.
 * Shared by the {@code basket} job and the synchronous rules endpoint.
 */
@Component
class BasketRuleFinder {
    /** The most distinct items: more suggests the property holds order lines or ids, not products. */
    static final int MAX_ITEMS = 100_000;
    private final PurchaseBaskets baskets;

    BasketRuleFinder(PurchaseBaskets baskets) {
        this.baskets = baskets;
    }

    /** The events there are to read; refuses, naming the field to change, when none lists items. */
    EventCounts requireBaskets(BasketParameters parameters, String prefix) {
        EventCounts counts = baskets.count(parameters.query());
        if (counts.events() == 0) {
            throw new BasketProblem(prefix + "from", "no '" + parameters.eventType() + "' events from " + parameters.from() + " to "
                    + parameters.to() + ": choose a period (or an event type) with purchases");
        }
        if (counts.withProperty() == 0) {
            throw new BasketProblem(prefix + "itemProperty", "none of the " + counts.events() + " '" + parameters.eventType()
                    + "' events in the period has a '" + parameters.itemProperty() + "' property listing its items");
        }
        return counts;
    }

    ObjectNode find(BasketParameters parameters, String prefix, JobProgress progress) {
        EventCounts counts = requireBaskets(parameters, prefix);
        long started = System.nanoTime();
        // No progress while reading: the scan holds a read-only transaction, and on PostgreSQL a
        // progress write made on this thread would join it and fail.
        progress.report(0, "reading " + counts.withProperty() + " baskets");
        Baskets.Builder builder = Baskets.builder();
        String[] current = {null};
        PurchaseBaskets.ScanCounts scanned = baskets.scan(parameters.query(), (basketId, item) -> {
            if (!basketId.equals(current[0])) {
                current[0] = basketId;
                builder.newBasket();
            }
            builder.add(item);
            if (builder.itemCountSoFar() > MAX_ITEMS) {
                throw new BasketProblem(prefix + "itemProperty", "more than " + MAX_ITEMS + " distinct items in '" + parameters.itemProperty()
                        + "': basket rules need a product catalogue's keys (does the property hold order line ids?)");
            }
        });
        Baskets read = builder.build();
        if (read.size() == 0) {
            throw new BasketProblem(prefix + "itemProperty", "none of the " + counts.events() + " '" + parameters.eventType()
                    + "' events in the period lists any item in '" + parameters.itemProperty() + "' (it must be an array of product keys)");
        }
        double readSeconds = (System.nanoTime() - started) / 1e9;
        progress.report(0.6, "mining " + read.size() + " baskets");
        long mining = System.nanoTime();
        MiningResult result;
        try {
            result = BasketMining.mine(read, parameters.options());
        } catch (TooManyItemsets e) {
            throw new BasketProblem(prefix + "minSupport", String.format(Locale.ROOT,
                    "more than %d frequent itemsets at minimum support %s in %d baskets: raise minSupport (try %s) or lower maxLength",
                    e.cap(), parameters.options().minSupport(), read.size(), Math.min(1, parameters.options().minSupport() * 5)));
        }
        double mineSeconds = (System.nanoTime() - mining) / 1e9;
        progress.report(0.95, "writing " + result.rules().size() + " rules");
        return BasketRulesJson.of(parameters, counts, scanned, read, result, readSeconds, mineSeconds);
    }
}
