package org.hamsafar.actions;

import java.time.Instant;

/** A note on a case. */
public record CaseNote(long id, String author, Instant createdAt, String text) {
}
