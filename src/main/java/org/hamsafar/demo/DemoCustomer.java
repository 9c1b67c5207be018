package org.hamsafar.demo;

import java.time.Instant;
import org.hamsafar.customers.NewCustomer;

/**
 * A generated customer and the behaviour that drives their events: {@code sessionsPerMonth} on web
 * or app, {@code appAffinity} (0..1, the share of sessions in the app), whether a store is near, how
 * often they read marketing e-mail, and {@code fluency} in fa or en for the texts they write.
 */
record DemoCustomer(int index, NewCustomer customer, Instant since, double sessionsPerMonth, double appAffinity,
                    boolean nearStore, double marketingEngagement, String language) {
}
