package org.hamsafar.actions.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.ErasureMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The outbox holds customers' data: an {@code alert.triggered} webhook carries the customer's id,
 * the matched item's answers and a summary in the customer's own words; case webhooks and e-mails
 * carry the case. So notifications follow their customer into a merge, are listed in the export
 * (what was sent where and when, not the bodies, which repeat data exported by its own module), and
 * on erasure (either mode) what was not delivered is deleted, so that no retry or redelivery sends
 * it after the customer is gone, and what was delivered loses its body. An undone merge leaves
 * them with the survivor, as cases stay.
 */
@Component
class NotificationCustomerData implements CustomerDataHolder {
    private static final Logger log = LoggerFactory.getLogger(NotificationCustomerData.class);
    private final DeliveryRepository deliveries;
    private final Clock clock;

    NotificationCustomerData(DeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        deliveries.moveCustomer(mergedId, survivorId);
    }

    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
        // See the class comment: notifications stay with the survivor.
    }

    @Override
    public Object exportFor(long customerId) {
        List<Delivery> about = deliveries.ofCustomer(customerId);
        return about.stream().map(d -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", d.id().toString());
            out.put("channel", d.channel().key());
            out.put(d.channel() == Delivery.Channel.WEBHOOK ? "event" : "kind", d.eventType());
            if (d.channel() == Delivery.Channel.WEBHOOK) {
                out.put("webhookId", d.endpointId());
            }
            out.put("state", d.state().key());
            out.put("createdAt", d.createdAt().toString());
            out.put("deliveredAt", d.deliveredAt() == null ? null : d.deliveredAt().toString());
            return out;
        }).toList();
    }

    @Override
    public void erase(long customerId, ErasureMode mode) {
        int[] counts = deliveries.eraseCustomer(customerId, clock.instant());
        if (counts[0] + counts[1] > 0) {
            log.info("Erasure of customer {}: {} undelivered notifications deleted, {} delivered ones blanked", customerId, counts[0],
                    counts[1]);
        }
    }
}
