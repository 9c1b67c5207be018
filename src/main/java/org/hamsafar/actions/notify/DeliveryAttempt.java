package org.hamsafar.actions.notify;

import java.time.Instant;

/** One attempt of a delivery: when, how long it took, the HTTP status (null: no answer) and what went wrong. */
record DeliveryAttempt(int attempt, Instant attemptedAt, long durationMs, Integer status, String error) {
}
