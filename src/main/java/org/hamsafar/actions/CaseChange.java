package org.hamsafar.actions;

import java.time.Instant;

/** One recorded change of a case: who, when, what ({@code state}, {@code assignee}, ...) from and to. */
public record CaseChange(Instant at, String actor, String change, String from, String to) {
}
