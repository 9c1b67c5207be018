package org.hamsafar.journeys.maps;

import java.time.Clock;
import java.time.Instant;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Writes maps and their versions; every call runs inside the caller's write transaction and audits
 * the change ({@code journey_map_created}, {@code journey_map_imported}, {@code journey_map_changed}).
 * Drafts given here are already checked.
 */
@Component
class MapVersions {
    private final JourneyMapRepository maps;
    private final AuditLog auditLog;
    private final Clock clock;

    MapVersions(JourneyMapRepository maps, AuditLog auditLog, Clock clock) {
        this.maps = maps;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new map at version 1; its id. */
    long create(JourneyMapDraft valid, String note, VersionChange change, String detail, String actor) {
        long id = maps.nextId();
        Instant now = clock.instant();
        maps.insertMap(id, valid, now, actor);
        maps.insertVersion(id, 1, now, actor, note, change, detail, MapDocuments.write(valid));
        auditLog.record(change == VersionChange.IMPORTED ? "journey_map_imported" : "journey_map_created", "journey_map:" + id,
                "name=" + valid.name() + " type=" + valid.type().key() + " stages=" + valid.stages().size()
                        + (detail == null ? "" : " " + detail));
        return id;
    }

    /** The map's row, locked in by the transaction's reads; 404 for an unknown id. */
    JourneyMapRepository.MapRow current(long id) {
        return maps.find(id).orElseThrow(() -> notFound(id));
    }

    /** What the latest version of the map holds. */
    JourneyMapDraft latest(JourneyMapRepository.MapRow row) {
        return MapDocuments.read(maps.version(row.id(), row.latestVersion()).orElseThrow().document());
    }

    /**
     * Saves {@code valid} as the next version of the map; {@link StaleVersionException} when
     * {@code baseVersion} is set and is not the latest version.
     */
    int save(JourneyMapRepository.MapRow row, Integer baseVersion, JourneyMapDraft valid, String note, VersionChange change, String detail,
             String actor) {
        if (baseVersion != null && baseVersion != row.latestVersion()) {
            throw new StaleVersionException(row.id(), baseVersion, row.latestVersion(), row.updatedBy(), row.updatedAt());
        }
        int version = row.latestVersion() + 1;
        Instant now = clock.instant();
        maps.insertVersion(row.id(), version, now, actor, note, change, detail, MapDocuments.write(valid));
        maps.updateMap(row.id(), valid, version, now, actor);
        auditLog.record("journey_map_changed", "journey_map:" + row.id(), "version=" + version + " change=" + change.key()
                + (detail == null ? "" : " detail=" + detail));
        return version;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Journey map " + id);
    }
}
