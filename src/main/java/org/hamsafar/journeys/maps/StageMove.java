package org.hamsafar.journeys.maps;

/** One step of a stage to the left (earlier, {@code UP} in a vertical list) or to the right (later, {@code DOWN}). */
public enum StageMove {
    UP, DOWN
}
