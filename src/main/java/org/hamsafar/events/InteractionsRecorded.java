package org.hamsafar.events;

import java.util.List;

/**
 * The interactions one ingestion transaction stored (only new ones, never duplicates), for modules
 * that react to what customers do (survey triggers, alerts).
 *
 * <p>Published synchronously <em>inside</em> the transaction that stores the events, by the thread
 * that writes them: a plain {@code @EventListener} writes in that same transaction, so its rows
 * commit or roll back with the events (nothing is lost between the two); a listener that must only
 * see committed data uses {@code @TransactionalEventListener}. Listeners run on the ingestion path:
 * they must be quick, and should return at once when nothing concerns them. An exception thrown by
 * a listener fails the batch (the client is told it was not stored). The list is read-only.
 */
public record InteractionsRecorded(List<RecordedInteraction> interactions) {
}
