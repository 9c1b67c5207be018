package org.hamsafar.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dashboard users: creation, changes by admins, and each user's language. */
@Service
public class UserAccounts {
    public static final Set<String> LANGUAGES = Set.of("fa", "en");
    static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    UserAccounts(UserRepository repository, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record NewUser(String username, String displayName, String email, String password, String role, String language) {
    }

    /** Changes an admin may make; null leaves a value as it is. */
    public record UserChanges(String displayName, String email, String role, String language, Boolean enabled, String password) {
    }

    @Transactional
    public UserAccount create(NewUser request) {
        List<FieldProblem> errors = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldProblem("username", "must be 3 to 64 lower-case letters, digits, '.', '_' or '-'"));
        }
        checkPassword(request.password(), errors);
        Role role = parseRole(request.role(), errors);
        String language = request.language() == null ? "fa" : request.language();
        checkCommon(request.displayName(), request.email(), language, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (repository.findByUsername(username).isPresent()) {
            throw new ConflictException("user_exists", "A user named " + username + " already exists.");
        }
        String displayName = request.displayName() == null || request.displayName().isBlank() ? username : request.displayName().strip();
        UserAccount user = new UserAccount(UUID.randomUUID(), username, displayName, blankToNull(request.email()),
                role, language, true, clock.instant());
        repository.insert(user, passwordEncoder.encode(request.password()));
        auditLog.record("user_created", "user:" + username, "role=" + role.key());
        return user;
    }

    @Transactional
    public UserAccount change(UUID id, UserChanges changes) {
        UserAccount current = repository.find(id).orElseThrow(() -> new NotFoundException("User " + id));
        List<FieldProblem> errors = new ArrayList<>();
        Role role = changes.role() == null ? current.role() : parseRole(changes.role(), errors);
        String language = changes.language() == null ? current.language() : changes.language();
        checkCommon(changes.displayName(), changes.email(), language, errors);
        if (changes.password() != null) {
            checkPassword(changes.password(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean enabled = changes.enabled() == null ? current.enabled() : changes.enabled();
        boolean losesAdmin = current.role() == Role.ADMIN && current.enabled() && (role != Role.ADMIN || !enabled);
        if (losesAdmin && repository.countEnabledAdmins() <= 1) {
            throw new ConflictException("last_admin", "This is the last enabled admin; make another admin first.");
        }
        UserAccount updated = new UserAccount(current.id(), current.username(),
                changes.displayName() == null ? current.displayName() : changes.displayName().strip(),
                changes.email() == null ? current.email() : blankToNull(changes.email()),
                role, language, enabled, current.createdAt());
        repository.update(updated, clock.instant());
        if (changes.password() != null) {
            repository.updatePassword(id, passwordEncoder.encode(changes.password()), clock.instant());
        }
        auditLog.record("user_changed", "user:" + current.username(), describe(current, updated, changes.password() != null));
        return updated;
    }

    /** A user's own language choice: not an admin change, so not audited. */
    @Transactional
    public void changeLanguage(String username, String language) {
        if (!LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "must be fa or en");
        }
        UserAccount current = repository.findByUsername(username).orElseThrow(() -> new NotFoundException("User " + username));
        repository.update(new UserAccount(current.id(), current.username(), current.displayName(), current.email(),
                current.role(), language, current.enabled(), current.createdAt()), clock.instant());
    }

    public Optional<UserAccount> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    public List<UserAccount> list() {
        return repository.all();
    }

    public long count() {
        return repository.count();
    }

    private static void checkPassword(String password, List<FieldProblem> errors) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            errors.add(new FieldProblem("password", "must be " + MIN_PASSWORD + " to 200 characters"));
        }
    }

    private static Role parseRole(String role, List<FieldProblem> errors) {
        try {
            return Role.fromKey(role == null ? "" : role);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("role", "must be one of admin, analyst, agent, viewer"));
            return Role.VIEWER;
        }
    }

    private static void checkCommon(String displayName, String email, String language, List<FieldProblem> errors) {
        if (displayName != null && displayName.strip().length() > 200) {
            errors.add(new FieldProblem("displayName", "must be at most 200 characters"));
        }
        if (email != null && !email.isBlank() && (email.length() > 320 || !EMAIL.matcher(email.strip()).matches())) {
            errors.add(new FieldProblem("email", "must be an email address"));
        }
        if (!LANGUAGES.contains(language)) {
            errors.add(new FieldProblem("language", "must be fa or en"));
        }
    }

    private static String describe(UserAccount before, UserAccount after, boolean passwordChanged) {
        List<String> parts = new ArrayList<>();
        if (before.role() != after.role()) {
            parts.add("role " + before.role().key() + "->" + after.role().key());
        }
        if (before.enabled() != after.enabled()) {
            parts.add(after.enabled() ? "enabled" : "disabled");
        }
        if (!before.displayName().equals(after.displayName())) {
            parts.add("display name");
        }
        if (passwordChanged) {
            parts.add("password reset");
        }
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
