package org.hamsafar.journeys.paths;

/**
 * A time span as the page words it, in two units at most: under 90 s in seconds ("s"), under
 * 90 min in minutes ("m"), under 48 h in hours and minutes ("h"), else days and hours ("d").
 * Templates pick the message {@code journeys.paths.elapsed.<unit>} with {@code first} and {@code second}.
 */
record Elapsed(String unit, long first, long second) {

    /** Null for null seconds (nothing to time). */
    static Elapsed of(Double seconds) {
        if (seconds == null) {
            return null;
        }
        long s = Math.round(seconds);
        if (s < 90) {
            return new Elapsed("s", s, 0);
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 90) {
            return new Elapsed("m", minutes, 0);
        }
        if (minutes < 48 * 60) {
            return new Elapsed("h", minutes / 60, minutes % 60);
        }
        long hours = Math.round(seconds / 3600);
        return new Elapsed("d", hours / 24, hours % 24);
    }
}
