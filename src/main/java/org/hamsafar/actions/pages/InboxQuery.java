package org.hamsafar.actions.pages;

import java.util.List;
import java.util.Optional;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.actions.CaseState;
import org.hamsafar.shared.Cursors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox's filters as the address carries them. {@code state} is a state's key, {@code open}
 * (new, acknowledged or in progress: the default) or {@code any}. A value the page cannot use is
 * left out (and {@code dropped} says so) rather than failing the page.
 */
record InboxQuery(InboxTab tab, String state, CasePriority priority, Long before, boolean dropped) {
    static final String OPEN = "open";
    static final String ANY = "any";
    static final List<CaseState> OPEN_STATES = List.of(CaseState.NEW, CaseState.ACKNOWLEDGED, CaseState.IN_PROGRESS);

    static InboxQuery read(String tab, String state, String priority, String cursor, InboxTab defaultTab) {
        boolean dropped = false;
        InboxTab t = defaultTab;
        if (present(tab)) {
            Optional<InboxTab> found = InboxTab.fromKey(tab.strip());
            dropped |= found.isEmpty();
            t = found.orElse(defaultTab);
        }
        String s = OPEN;
        if (present(state)) {
            String key = state.strip();
            boolean known = key.equals(OPEN) || key.equals(ANY) || CaseState.fromKey(key).isPresent();
            dropped |= !known;
            s = known ? key : OPEN;
        }
        CasePriority p = null;
        if (present(priority)) {
            p = CasePriority.fromKey(priority.strip()).orElse(null);
            dropped |= p == null;
        }
        Long before = null;
        if (present(cursor)) {
            try {
                before = Cursors.decodeLong(cursor.strip());
            } catch (RuntimeException e) {
                // A cursor that was tampered with starts the list from the top.
            }
        }
        return new InboxQuery(t, s, p, before, dropped);
    }

    /** The states to list, or an empty list for every state. */
    List<CaseState> states() {
        if (state.equals(ANY)) {
            return List.of();
        }
        if (state.equals(OPEN)) {
            return OPEN_STATES;
        }
        return List.of(CaseState.fromKey(state).orElseThrow());
    }

    /** The address of {@code path} with these filters (and a cursor when given), for links and the list's polling. */
    String url(String path, InboxTab otherTab, String cursor) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("tab", (otherTab == null ? tab : otherTab).key())
                .queryParam("state", state)
                .queryParamIfPresent("priority", Optional.ofNullable(priority).map(CasePriority::key))
                .queryParamIfPresent("cursor", Optional.ofNullable(cursor))
                .encode().build().toUriString();
    }

    /** The current page's cursor again (null on the first page), so that polling refreshes the page being read. */
    String cursor() {
        return before == null ? null : Cursors.encode(Long.toString(before));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
