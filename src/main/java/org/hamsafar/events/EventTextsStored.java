package org.hamsafar.events;

import java.util.List;

/**
 * Events with free text that were just stored for the first time, live or in bulk (text
 * analytics reads them).
 *
 * <p>Published synchronously <em>inside</em> the transaction that stores the events, like
 * {@link InteractionsRecorded}: what a plain {@code @EventListener} writes commits with the events
 * or not at all. Unlike that event it is also published for bulk loads of past events, which must
 * not trigger surveys but whose texts should still be analysed: {@code live} says which it is.
 */
public record EventTextsStored(List<RecordedInteraction> interactions, boolean live) {

    public EventTextsStored {
        interactions = List.copyOf(interactions);
    }

    /** The ones among {@code recorded} that carry text, or null when none does. */
    static EventTextsStored of(List<RecordedInteraction> recorded, boolean live) {
        List<RecordedInteraction> withText = recorded.stream().filter(r -> r.text() != null && !r.text().isBlank()).toList();
        return withText.isEmpty() ? null : new EventTextsStored(withText, live);
    }
}
