package org.hamsafar.journeys.pages;

import java.util.HashMap;
import java.util.Map;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * Who saved a map or a persona, as people read it. Stored actors are {@code user:<username>},
 * {@code key:<name> (<prefix>)} or {@code system} ({@link org.hamsafar.identity.Actors}); a user is
 * shown by display name.
 */
@Component
class ActorLabels {
    private final UserAccounts users;

    ActorLabels(UserAccounts users) {
        this.users = users;
    }

    /** {@code kind}: user, key or system; {@code name}: what to show (empty for system). */
    record Actor(String kind, String name) implements java.io.Serializable {
    }

    /** A labeller that reads the user list once, for a page that shows many actors. */
    Labeller labeller() {
        Map<String, String> names = new HashMap<>();
        for (UserAccount user : users.list()) {
            String display = user.displayName();
            names.put(user.username(), display == null || display.isBlank() ? user.username() : display);
        }
        return actor -> read(actor, names);
    }

    /** Turns a stored actor into an {@link Actor}. */
    interface Labeller {
        Actor of(String actor);
    }

    static Actor read(String actor, Map<String, String> names) {
        if (actor == null || actor.isBlank() || "system".equals(actor)) {
            return new Actor("system", "");
        }
        if (actor.startsWith("user:")) {
            String username = actor.substring("user:".length());
            return new Actor("user", names.getOrDefault(username, username));
        }
        if (actor.startsWith("key:")) {
            return new Actor("key", actor.substring("key:".length()));
        }
        return new Actor("user", actor);
    }
}
