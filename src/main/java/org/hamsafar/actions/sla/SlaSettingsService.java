package org.hamsafar.actions.sla;

import java.time.Clock;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * The SLA settings that apply now, and their replacement. Read from the store on each use (one
 * small row), so every instance sharing a PostgreSQL store applies a change at once.
 */
@Service
class SlaSettingsService {
    private final SlaSettingsRepository repository;
    private final SlaClocks clocks;
    private final AuditLog audit;
    private final WriteTransactions writes;
    private final Clock clock;

    SlaSettingsService(SlaSettingsRepository repository, SlaClocks clocks, AuditLog audit, WriteTransactions writes, Clock clock) {
        this.repository = repository;
        this.clocks = clocks;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    SlaSettings current() {
        return repository.current();
    }

    /** What a replacement did: the settings saved and how many open cases' clocks were recomputed. */
    record Saved(SlaSettings settings, int recomputed) {
    }

    /**
     * Saves new settings. They apply to cases opened from now on and to priority changes; with
     * {@code recomputeOpen}, also to every case not closed (due times from its creation again:
     * e.g. a holiday declared at short notice moves open cases' due times).
     */
    Saved replace(SlaSettings settings, boolean recomputeOpen) {
        SlaSettings saved = settings.changed(clock.instant(), Actors.current());
        writes.run(() -> {
            repository.insert(saved);
            audit.record("sla_settings_changed", "sla", "zone " + saved.zone().getId() + ", " + saved.holidays().size()
                    + " holidays" + (recomputeOpen ? ", open cases recomputed" : ""));
        });
        int recomputed = recomputeOpen ? clocks.recomputeOpen(saved) : 0;
        return new Saved(saved, recomputed);
    }
}
