package org.hamsafar.journeys.pages;

import java.io.Serializable;
import java.time.Instant;

/**
 * Someone saved the map after the page was shown (409): the version they saved, who and when. The
 * page says so and offers to reload instead of overwriting their change.
 */
record Conflict(int latestVersion, ActorLabels.Actor savedBy, Instant savedAt) implements Serializable {
}
