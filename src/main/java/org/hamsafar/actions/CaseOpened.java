package org.hamsafar.actions;

/**
 * A case was opened. Published synchronously inside the transaction that stores it: a plain
 * {@code @EventListener} writes in that same transaction (its rows commit with the case or not
 * at all); it must be quick, and an exception fails the opening.
 */
public record CaseOpened(CxCase opened) {
}
