package org.hamsafar.actions;

/**
 * The cases attributed to one scope's places (see {@link TouchpointCases}): {@code opened} in the
 * period, of which {@code open} are still neither resolved nor closed and {@code slaBreached} have a
 * recorded breach of a first-response or resolution target.
 */
public record PlaceCases(long opened, long open, long slaBreached) {
    static final PlaceCases NONE = new PlaceCases(0, 0, 0);
}
