package org.hamsafar.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.NewCustomer;
import org.hamsafar.events.EventStore;
import org.hamsafar.events.NewEvent;
import org.springframework.stereotype.Service;

/**
 * Writes a demo company into the store through the same module entry points that real data uses,
 * in chunks, so that its size is limited only by the store (the benchmarks load a million customers).
 */
@Service
public class DemoCompany {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCompany.class);
    private static final int CHUNK = 1000;
    private final CustomerDirectory customers;
    private final EventStore events;
    private final Clock clock;

    DemoCompany(CustomerDirectory customers, EventStore events, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /** What a load wrote. */
    public record LoadResult(int customers, long events) {
    }

    /** Generates customers {@code 0..count-1} of the company with this seed and stores them with their events. */
    public LoadResult load(long seed, int count, int historyDays, double activity) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        DemoCustomerGenerator customerGenerator = new DemoCustomerGenerator(seed, now, historyDays);
        DemoEventGenerator eventGenerator = new DemoEventGenerator(seed, now, activity);
        long eventCount = 0;
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            List<DemoCustomer> chunk = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                chunk.add(customerGenerator.generate(i));
            }
            List<NewCustomer> newCustomers = chunk.stream().map(DemoCustomer::customer).toList();
            List<Long> ids = customers.registerAll(newCustomers);
            List<NewEvent> chunkEvents = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                chunkEvents.addAll(eventGenerator.generate(chunk.get(i), ids.get(i)));
            }
            eventCount += events.append(chunkEvents);
            if (to % 100_000 == 0) {
                log.info("Demo company: {} of {} customers loaded ({} events)", to, count, eventCount);
            }
        }
        return new LoadResult(count, eventCount);
    }
}
