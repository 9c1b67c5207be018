package org.hamsafar.actions.pages;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hamsafar.actions.teams.Team;
import org.hamsafar.actions.teams.Teams;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.springframework.stereotype.Component;

/** The names people read instead of keys: users' display names, teams' names in a language, customers' names. */
@Component
class DisplayNames {
    private final UserAccounts users;
    private final Teams teams;
    private final CustomerDirectory customers;

    DisplayNames(UserAccounts users, Teams teams, CustomerDirectory customers) {
        this.users = users;
        this.teams = teams;
        this.customers = customers;
    }

    /** User name to display name (the user name where none is set). */
    Map<String, String> users() {
        Map<String, String> names = new HashMap<>();
        for (UserAccount user : users.list()) {
            String display = user.displayName();
            names.put(user.username(), display == null || display.isBlank() ? user.username() : display);
        }
        return names;
    }

    /** Team key to the team's name in {@code language}. */
    Map<String, String> teams(String language) {
        Map<String, String> names = new HashMap<>();
        for (Team team : teams.all()) {
            names.put(team.key(), team.name(language));
        }
        return names;
    }

    /**
     * Customer id to full name, for the customers that have one (unnamed, erased or unknown
     * customers are missing: the page shows their number).
     */
    Map<Long, String> customers(Collection<Long> ids) {
        return customers.names(ids.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }
}
