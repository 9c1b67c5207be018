package org.hamsafar.analytics.scorecard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.events.CartChannelSwitches;
import org.hamsafar.events.ChannelActivity;
import org.hamsafar.events.CheckoutSessions;
import org.hamsafar.events.SupportContactOutcomes;
import org.hamsafar.feedback.CxMetrics;
import org.hamsafar.feedback.Metric;
import org.hamsafar.feedback.MetricQuery;
import org.hamsafar.feedback.MetricValue;
import org.springframework.stereotype.Component;

/**
 * Reads what the scorecard's formulas need, month by month, from the modules that own the data:
 * events (channels, support contacts, sessions, buying episodes) and feedback (CES). Everything is
 * counted in the database; months are local days of the display time zone. A segment narrows the
 * customer-based figures, not the business's channels (see {@link ScorecardParameters}).
 */
@Component
class ScorecardData {
    /** Events on this channel come from back-office systems (deliveries), not from customers. */
    static final String NOT_CUSTOMER_FACING = "other";
    private final ChannelActivity channels;
    private final SupportContactOutcomes contacts;
    private final CheckoutSessions sessions;
    private final CartChannelSwitches switches;
    private final CxMetrics cx;

    ScorecardData(ChannelActivity channels, SupportContactOutcomes contacts, CheckoutSessions sessions, CartChannelSwitches switches,
                  CxMetrics cx) {
        this.channels = channels;
        this.contacts = contacts;
        this.sessions = sessions;
        this.switches = switches;
        this.cx = cx;
    }

    ZoneId zone() {
        return cx.defaultZone();
    }

    List<MonthInputs> read(List<ScorecardMonths.Month> months, ScorecardParameters p, JobProgress progress) {
        ZoneId zone = zone();
        Instant rangeFrom = months.get(0).start().atStartOfDay(zone).toInstant();
        Instant rangeTo = months.get(months.size() - 1).end().atStartOfDay(zone).toInstant();
        Set<String> inUse = new TreeSet<>();
        channels.activeDays(rangeFrom, rangeTo, zone).forEach((channel, days) -> {
            if (days > 0 && !NOT_CUSTOMER_FACING.equals(channel)) {
                inUse.add(channel);
            }
        });
        boolean selfServiceTracked = channels.eventsOfTypes(rangeFrom, rangeTo, p.selfServiceTypes(), null) > 0;
        boolean targetedTracked = channels.eventsOfTypes(rangeFrom, rangeTo, p.targetedTypes(), null) > 0;
        Set<String> journey = new LinkedHashSet<>(p.journeyTypes());
        journey.add(p.purchaseType());
        List<MonthInputs> inputs = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            ScorecardMonths.Month month = months.get(i);
            progress.report((double) i / months.size(), "month " + month.label());
            Instant from = month.start().atStartOfDay(zone).toInstant();
            Instant to = month.end().atStartOfDay(zone).toInstant();
            Map<String, Long> active = channels.activeDays(from, to, zone);
            SupportContactOutcomes.Outcome support = contacts.tally(from, to, p.contactChannels(), p.contactTypes(),
                    Duration.ofDays(p.repeatDays()), p.segment());
            long selfService = selfServiceTracked ? channels.eventsOfTypes(from, to, p.selfServiceTypes(), p.segment()) : 0;
            CheckoutSessions.Tally shopping = sessions.tally(from, to, p.checkoutType(), p.purchaseType(), p.segment());
            long checkouts = 0;
            long converted = 0;
            long mobileSessions = 0;
            long mobilePurchases = 0;
            long webSessions = 0;
            long webPurchases = 0;
            for (CheckoutSessions.ChannelSessions c : shopping.channels()) {
                checkouts += c.checkouts();
                converted += c.convertedCheckouts();
                if (c.channel().equals(p.mobileChannel())) {
                    mobileSessions += c.sessions();
                    mobilePurchases += c.purchases();
                }
                if (c.channel().equals(p.webChannel())) {
                    webSessions += c.sessions();
                    webPurchases += c.purchases();
                }
            }
            long targeted = targetedTracked ? channels.customersWithTypes(from, to, p.targetedTypes(), p.segment()) : 0;
            ChannelActivity.CustomerChannels customers = channels.customerChannels(from, to, Set.of(NOT_CUSTOMER_FACING), p.segment());
            MetricValue ces = cx.report(Metric.CES, MetricQuery.of(from, to, zone).withSegment(p.segment())).total();
            CartChannelSwitches.Tally buying = switches.tally(from, to, p.cartType(), p.purchaseType(), journey, Duration.ofDays(p.switchDays()),
                    p.segment());
            inputs.add(new MonthInputs(month.days(), inUse, active, support.contacts(), support.episodes(), support.resolvedFirst(), selfService,
                    selfServiceTracked, checkouts, converted, shopping.medianStepsToPurchase(), targeted, targetedTracked,
                    customers.customers(), customers.multiChannel(), ces.value(), ces.n(), mobileSessions, mobilePurchases, webSessions,
                    webPurchases, buying.episodes(), buying.switched(), buying.switchedCompleted()));
        }
        return inputs;
    }
}
