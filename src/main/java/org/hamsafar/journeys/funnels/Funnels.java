package org.hamsafar.journeys.funnels;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.CustomerGroupings;
import org.hamsafar.customers.CustomerSummary;
import org.hamsafar.events.InteractionFunnels;
import org.hamsafar.events.InteractionFunnels.DroppedCustomer;
import org.hamsafar.events.InteractionFunnels.Group;
import org.hamsafar.events.InteractionFunnels.GroupReach;
import org.hamsafar.events.InteractionFunnels.Grouping;
import org.hamsafar.events.InteractionFunnels.PropertyMatch;
import org.hamsafar.events.InteractionFunnels.StepMatch;
import org.hamsafar.events.InteractionFunnels.StepReach;
import org.hamsafar.shared.Cursors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers funnel questions: the events module counts in the database (grouping by the customers
 * module's relations when a breakdown asks for segments or attributes); this shapes conversions,
 * drop-off and skips, and adds names and e-mails to dropped customers.
 */
@Service
class Funnels {
    /** Dropped customers are named in chunks of this many (one look-up each) when streamed. */
    private static final int NAME_CHUNK = 500;
    private final InteractionFunnels interactions;
    private final CustomerGroupings groupings;
    private final CustomerDirectory directory;
    private final TransactionTemplate separateRead;

    Funnels(InteractionFunnels interactions, CustomerGroupings groupings, CustomerDirectory directory,
            PlatformTransactionManager transactions) {
        this.interactions = interactions;
        this.groupings = groupings;
        this.directory = directory;
        // Names are looked up on a connection of their own while the dropped customers still stream on theirs.
        this.separateRead = new TransactionTemplate(transactions);
        this.separateRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separateRead.setReadOnly(true);
    }

    FunnelReport query(FunnelDefinition definition) {
        InteractionFunnels.FunnelReach reach = interactions.reach(definition.funnel(), grouping(definition.breakdown()));
        List<FunnelReport.Group> groups = null;
        if (reach.groups() != null) {
            groups = new ArrayList<>();
            for (GroupReach group : reach.groups()) {
                groups.add(new FunnelReport.Group(label(group.group()), kind(group.group()), steps(definition, group.steps())));
            }
        }
        return new FunnelReport(steps(definition, reach.steps()), definition.windowText(), definition.from(), definition.to(),
                definition.breakdown(), groups);
    }

    private Grouping grouping(FunnelBreakdown breakdown) {
        if (breakdown == null) {
            return null;
        }
        return switch (breakdown.by()) {
            case FunnelBreakdown.CHANNEL -> Grouping.entryChannel();
            case FunnelBreakdown.SEGMENT -> Grouping.by(groupings.bySegments(breakdown.segments()));
            case FunnelBreakdown.ATTRIBUTE -> Grouping.by(groupings.byAttribute(breakdown.key()));
            default -> throw new IllegalArgumentException("unknown breakdown " + breakdown.by());
        };
    }

    static String label(Group group) {
        return group.other() ? FunnelReport.OTHER : group.value() == null ? FunnelReport.NONE : group.value();
    }

    private static String kind(Group group) {
        return group.other() ? "other" : group.value() == null ? "none" : "value";
    }

    /** The events module's group for a label of this module's answers. */
    private static Group group(String label) {
        return switch (label) {
            case FunnelReport.OTHER -> Group.OTHER;
            case FunnelReport.NONE -> new Group(null, false);
            default -> new Group(label, false);
        };
    }

    /** Conversions against the previous required step and step 0; drop-off for required steps, skips for optional ones. */
    static List<FunnelReport.Step> steps(FunnelDefinition definition, List<StepReach> reach) {
        List<FunnelReport.Step> steps = new ArrayList<>();
        long first = reach.get(0).customers();
        long previousRequired = first;
        for (StepReach step : reach) {
            StepMatch match = definition.steps().get(step.index());
            long customers = step.customers();
            boolean entry = step.index() == 0;
            long missing = entry ? 0 : Math.max(0, previousRequired - customers);
            steps.add(new FunnelReport.Step(step.index(), match.type(), match.channel(), match.touchpoint(), properties(match),
                    match.optional(), customers, entry ? (first == 0 ? null : 1.0) : fraction(customers, previousRequired),
                    fraction(customers, first), match.optional() ? 0 : missing, match.optional() ? missing : 0,
                    step.medianSecondsFromPrevious()));
            if (!match.optional()) {
                previousRequired = customers;
            }
        }
        return steps;
    }

    private static Map<String, Object> properties(StepMatch match) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertyMatch property : match.properties()) {
            Object value = property.value();
            // 3.0 is echoed as 3, and 100 as 100 (not 1E+2).
            properties.put(property.name(), value instanceof BigDecimal number
                    ? new BigDecimal(number.stripTrailingZeros().toPlainString()) : value);
        }
        return properties;
    }

    private static Double fraction(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** A dropped customer as listed and exported: the funnel's facts and, when the profile has them, name, e-mail and external id. */
    record Dropped(long customerId, String name, String email, String externalId, int previousStep, Instant reachedPreviousAt,
                   Instant lastEventAt, String lastEventType, String lastEventChannel) {
    }

    /** A page of dropped customers, ordered by customer id; {@code nextCursor} null on the last page. */
    record DroppedPage(int step, int previousStep, List<Dropped> items, String nextCursor) {
    }

    DroppedPage dropped(DroppedQuery query) {
        FunnelDefinition definition = query.definition();
        List<DroppedCustomer> rows = interactions.dropped(definition.funnel(), query.step(), grouping(definition.breakdown()),
                query.group() == null ? null : group(query.group()), query.after() == null ? Long.MIN_VALUE : query.after(),
                query.limit() + 1);
        boolean more = rows.size() > query.limit();
        List<DroppedCustomer> page = more ? rows.subList(0, query.limit()) : rows;
        String next = more ? Cursors.encode(Long.toString(page.get(page.size() - 1).customerId())) : null;
        return new DroppedPage(query.step(), previousRequired(definition, query.step()), named(page), next);
    }

    /** Every dropped customer, in customer id order, handed over in chunks as they stream from the store. */
    void forEachDropped(DroppedQuery query, Consumer<List<Dropped>> chunks) {
        FunnelDefinition definition = query.definition();
        List<DroppedCustomer> chunk = new ArrayList<>(NAME_CHUNK);
        interactions.forEachDropped(definition.funnel(), query.step(), grouping(definition.breakdown()),
                query.group() == null ? null : group(query.group()), customer -> {
                    chunk.add(customer);
                    if (chunk.size() == NAME_CHUNK) {
                        chunks.accept(separateRead.execute(status -> named(chunk)));
                        chunk.clear();
                    }
                });
        if (!chunk.isEmpty()) {
            chunks.accept(named(chunk));
        }
    }

    private List<Dropped> named(List<DroppedCustomer> customers) {
        Map<Long, CustomerSummary> summaries = directory.summaries(customers.stream().map(DroppedCustomer::customerId).toList());
        List<Dropped> named = new ArrayList<>(customers.size());
        for (DroppedCustomer c : customers) {
            CustomerSummary summary = summaries.get(c.customerId());
            String name = summary == null || summary.name().isBlank() ? null : summary.name();
            named.add(new Dropped(c.customerId(), name, summary == null ? null : summary.email(),
                    summary == null ? null : summary.externalId(), c.previousStep(), c.reachedPreviousAt(), c.lastEventAt(),
                    c.lastEventType(), c.lastEventChannel()));
        }
        return named;
    }

    static int previousRequired(FunnelDefinition definition, int step) {
        int previous = step - 1;
        while (previous > 0 && definition.steps().get(previous).optional()) {
            previous--;
        }
        return previous;
    }
}
