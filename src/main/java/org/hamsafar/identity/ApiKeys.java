package org.hamsafar.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URI;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Creates, lists, revokes and checks API keys. */
@Service
public class ApiKeys {
    private final ApiKeyRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;
    /**
     * Recently used keys by secret hash, so that a busy collector does not cost a query per request.
     * Revocation clears it at once in this instance; other instances sharing a PostgreSQL store see
     * a revocation within the expiry time.
     */
    private final Cache<String, Optional<ApiKey>> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(10)).maximumSize(10_000).build();

    ApiKeys(ApiKeyRepository repository, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new key and its secret, which is shown this once and never again. */
    public record CreatedKey(ApiKey key, String secret) {
    }

    @Transactional
    public CreatedKey create(String name, List<String> scopeKeys, List<String> allowedOrigins) {
        return create(name, scopeKeys, allowedOrigins, ApiKeySecrets.newSecret(), Actors.current());
    }

    /**
     * Makes sure an admin key with exactly this secret exists (for automation, from HAMSAFAR_API_KEY).
     * Returns true when it was created now.
     */
    @Transactional
    public boolean ensureFixedAdminKey(String secret) {
        if (secret.length() < 20) {
            throw new IllegalArgumentException("HAMSAFAR_API_KEY must be at least 20 characters long");
        }
        if (repository.existsByHash(ApiKeySecrets.hash(secret))) {
            return false;
        }
        create("bootstrap (HAMSAFAR_API_KEY)", List.of("admin"), List.of(), secret, Actors.SYSTEM);
        return true;
    }

    private CreatedKey create(String name, List<String> scopeKeys, List<String> allowedOrigins, String secret, String actor) {
        List<FieldProblem> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            errors.add(new FieldProblem("name", "must be 1 to 100 characters"));
        }
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (scopeKeys == null || scopeKeys.isEmpty()) {
            errors.add(new FieldProblem("scopes", "must name at least one of ingest, read, admin"));
        } else {
            for (int i = 0; i < scopeKeys.size(); i++) {
                Optional<ApiScope> scope = ApiScope.fromKey(String.valueOf(scopeKeys.get(i)).toLowerCase(Locale.ROOT));
                if (scope.isEmpty()) {
                    errors.add(new FieldProblem("scopes[" + i + "]", "must be one of ingest, read, admin"));
                } else {
                    scopes.add(scope.get());
                }
            }
        }
        List<String> origins = allowedOrigins == null ? List.of() : allowedOrigins;
        for (int i = 0; i < origins.size(); i++) {
            if (!isOrigin(origins.get(i))) {
                errors.add(new FieldProblem("allowedOrigins[" + i + "]",
                        "must be an origin such as https://shop.example.com (scheme, host and optional port)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ApiKey key = new ApiKey(UUID.randomUUID(), trimmed, ApiKeySecrets.visiblePrefix(secret), scopes,
                List.copyOf(origins), actor, clock.instant(), null);
        repository.insert(key, ApiKeySecrets.hash(secret));
        auditLog.recordAs(actor, "api_key_created", "api_key:" + key.id(),
                "name=" + key.name() + " scopes=" + scopes.stream().map(ApiScope::key).toList());
        return new CreatedKey(key, secret);
    }

    public List<ApiKey> list() {
        return repository.all();
    }

    public long countActive() {
        return repository.countActive();
    }

    @Transactional
    public void revoke(UUID id) {
        ApiKey key = repository.find(id).orElseThrow(() -> new NotFoundException("API key " + id));
        if (repository.revoke(id, Actors.current(), clock.instant())) {
            recent.invalidateAll();
            // Again after the commit: a request in between could have cached the key as still active.
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        recent.invalidateAll();
                    }
                });
            }
            auditLog.record("api_key_revoked", "api_key:" + id, "name=" + key.name());
        }
    }

    /** Whether some active key lets pages from this origin call the API (for CORS preflight requests). */
    public boolean anyKeyAllowsOrigin(String origin) {
        return repository.activeWithOrigins().stream().anyMatch(key -> key.allowedOrigins().contains(origin));
    }

    /** The active key with this secret, if any. */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return recent.get(ApiKeySecrets.hash(secret), repository::findActiveByHash);
    }

    private static boolean isOrigin(String value) {
        if (value == null || value.length() > 200) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty())
                    && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
