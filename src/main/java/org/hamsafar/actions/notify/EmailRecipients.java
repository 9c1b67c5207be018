package org.hamsafar.actions.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hamsafar.actions.teams.Team;
import org.hamsafar.actions.teams.Teams;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns recipients into the addresses e-mails go to, each with its reader's language and name:
 * {@code user:<username>} (an enabled user with an e-mail address), {@code team:<key>} (the team's
 * manager, then its members) or a plain address (in {@code hamsafar.default-language}). Recipients
 * that reach nobody are skipped and logged: a rule or team that names a user who has since left
 * must not stop the change being notified.
 */
@Component
class EmailRecipients {
    private static final Logger log = LoggerFactory.getLogger(EmailRecipients.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");

    private final UserAccounts users;
    private final Teams teams;
    private final String defaultLanguage;

    EmailRecipients(UserAccounts users, Teams teams, @Value("${hamsafar.default-language:fa}") String defaultLanguage) {
        this.users = users;
        this.teams = teams;
        this.defaultLanguage = "en".equals(defaultLanguage) ? "en" : "fa";
    }

    /** One address to write to; {@code name} is null for a plain address. */
    record Addressee(String address, String language, String name) {
    }

    /** The distinct addresses (compared without case), in the order the recipients name them. */
    List<Addressee> resolve(List<String> recipients) {
        Map<String, Addressee> found = new LinkedHashMap<>();
        for (String recipient : recipients == null ? List.<String>of() : recipients) {
            String r = recipient == null ? "" : recipient.strip();
            List<Addressee> addressees;
            if (r.startsWith("user:")) {
                addressees = user(r.substring(5)).map(List::of).orElse(List.of());
            } else if (r.startsWith("team:")) {
                addressees = team(r.substring(5));
            } else if (EMAIL.matcher(r).matches()) {
                addressees = List.of(new Addressee(r, defaultLanguage, null));
            } else {
                log.warn("Notification recipient '{}' is neither user:<name>, team:<key> nor an e-mail address; skipped", r);
                addressees = List.of();
            }
            for (Addressee addressee : addressees) {
                found.putIfAbsent(addressee.address().toLowerCase(Locale.ROOT), addressee);
            }
        }
        return new ArrayList<>(found.values());
    }

    private Optional<Addressee> user(String username) {
        Optional<UserAccount> user = users.findByUsername(username);
        if (user.isEmpty() || !user.get().enabled()) {
            log.info("Notification to user {} skipped: {}", username, user.isEmpty() ? "no such user" : "the user is disabled");
            return Optional.empty();
        }
        if (user.get().email() == null || user.get().email().isBlank()) {
            log.info("Notification to user {} skipped: the user has no e-mail address", username);
            return Optional.empty();
        }
        UserAccount u = user.get();
        return Optional.of(new Addressee(u.email(), "en".equals(u.language()) ? "en" : "fa", u.displayName()));
    }

    private List<Addressee> team(String key) {
        Optional<Team> team = teams.find(key);
        if (team.isEmpty()) {
            log.info("Notification to team {} skipped: no such team", key);
            return List.of();
        }
        List<Addressee> addressees = new ArrayList<>();
        if (team.get().manager() != null) {
            user(team.get().manager()).ifPresent(addressees::add);
        }
        for (String member : team.get().members()) {
            user(member).ifPresent(addressees::add);
        }
        return addressees;
    }
}
