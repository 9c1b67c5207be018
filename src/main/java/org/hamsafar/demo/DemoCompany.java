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
import org.hamsafar.feedback.ResponseBackfill;
import org.hamsafar.feedback.SurveyCatalog;
import org.springframework.stereotype.Service;

/**
 * Writes a demo company into the store through the same module entry points that real data uses,
 * in chunks, so that its size is limited only by the store (the benchmarks load a million customers):
 * customers, their events, and the survey responses those events led to (four active surveys and a
 * year of answers, written in bulk).
 */
@Service
public class DemoCompany {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCompany.class);
    private static final int CHUNK = 1000;
    private final CustomerDirectory customers;
    private final EventStore events;
    private final SurveyCatalog surveys;
    private final ResponseBackfill responses;
    private final Clock clock;

    DemoCompany(CustomerDirectory customers, EventStore events, SurveyCatalog surveys, ResponseBackfill responses, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.surveys = surveys;
        this.responses = responses;
        this.clock = clock;
    }

    /** What a load wrote (responses and invitations: only those not stored before). */
    public record LoadResult(int customers, long events, long responses, long invitations) {
    }

    /**
     * Generates customers {@code 0..count-1} of the company with this seed and stores them with their
     * events and survey responses. Loading the same company again stores nothing twice.
     */
    public LoadResult load(long seed, int count, int historyDays, double activity) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        DemoCustomerGenerator customerGenerator = new DemoCustomerGenerator(seed, now, historyDays);
        DemoEventGenerator eventGenerator = new DemoEventGenerator(seed, now, activity);
        DemoResponseGenerator responseGenerator = new DemoResponseGenerator(seed, now, DemoSurveys.ensure(surveys), eventGenerator);
        long eventCount = 0;
        long responseCount = 0;
        long invitationCount = 0;
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            List<DemoCustomer> chunk = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                chunk.add(customerGenerator.generate(i));
            }
            List<NewCustomer> newCustomers = chunk.stream().map(DemoCustomer::customer).toList();
            List<Long> ids = customers.registerAll(newCustomers);
            List<NewEvent> chunkEvents = new ArrayList<>();
            List<ResponseBackfill.PastResponse> chunkResponses = new ArrayList<>();
            List<ResponseBackfill.UnansweredInvitation> chunkInvitations = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                List<NewEvent> customerEvents = eventGenerator.generate(chunk.get(i), ids.get(i));
                chunkEvents.addAll(customerEvents);
                DemoResponseGenerator.Feedback feedback = responseGenerator.generate(chunk.get(i), ids.get(i), customerEvents);
                chunkResponses.addAll(feedback.responses());
                chunkInvitations.addAll(feedback.unanswered());
            }
            eventCount += events.append(chunkEvents);
            ResponseBackfill.Stored stored = responses.store(chunkResponses, chunkInvitations);
            responseCount += stored.responses();
            invitationCount += stored.invitations();
            if (to % 100_000 == 0) {
                log.info("Demo company: {} of {} customers loaded ({} events)", to, count, eventCount);
            }
        }
        return new LoadResult(count, eventCount, responseCount, invitationCount);
    }
}
