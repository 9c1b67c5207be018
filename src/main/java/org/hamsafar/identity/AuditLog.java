package org.hamsafar.identity;

import java.time.Clock;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.Page;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: sign-ins, failed sign-ins, key creation and revocation, and every admin change.
 * Other modules record their admin changes through {@link #record}.
 */
@Service
public class AuditLog {
    private static final int MAX_DETAIL = 4000;
    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in (user or API key) on the current request. */
    public void record(String action, String target, String detail) {
        recordAs(Actors.current(), action, target, detail);
    }

    public void recordAs(String actor, String action, String target, String detail) {
        repository.insert(new AuditEntry(0, clock.instant(), truncate(actor, 200), action, truncate(target, 300),
                truncate(detail, MAX_DETAIL), remoteAddress()));
    }

    public Page<AuditEntry> page(String cursor, String action, int limit) {
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        List<AuditEntry> rows = repository.page(before, action, limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEntry> items = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursors.encode(Long.toString(items.get(items.size() - 1).id())) : null;
        return new Page<>(items, next);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
