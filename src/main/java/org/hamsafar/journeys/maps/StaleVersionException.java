package org.hamsafar.journeys.maps;

import java.time.Instant;
import org.hamsafar.shared.ConflictException;

/**
 * A change built on an older version than the latest: someone saved the map meanwhile (409, code
 * {@code stale_version}). The editor reloads the latest version and applies the change again.
 */
public class StaleVersionException extends ConflictException {
    private final long mapId;
    private final int baseVersion;
    private final int latestVersion;
    private final String savedBy;
    private final transient Instant savedAt;

    StaleVersionException(long mapId, int baseVersion, int latestVersion, String savedBy, Instant savedAt) {
        super("stale_version", "Journey map " + mapId + " is at version " + latestVersion + " (saved by " + savedBy + " at " + savedAt
                + "); this change was based on version " + baseVersion + ". Reload the map and apply the change again.");
        this.mapId = mapId;
        this.baseVersion = baseVersion;
        this.latestVersion = latestVersion;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public long mapId() {
        return mapId;
    }

    public int baseVersion() {
        return baseVersion;
    }

    public int latestVersion() {
        return latestVersion;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
