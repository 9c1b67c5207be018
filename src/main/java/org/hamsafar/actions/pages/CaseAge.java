package org.hamsafar.actions.pages;

import java.time.Duration;

/** An elapsed time as a person reads it: whole minutes under an hour, whole hours under two days, then whole days. */
public record CaseAge(long amount, String unit) {

    static CaseAge of(Duration elapsed) {
        long minutes = Math.max(0, elapsed.toMinutes());
        if (minutes < 60) {
            return new CaseAge(minutes, "minutes");
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return new CaseAge(hours, "hours");
        }
        return new CaseAge(hours / 24, "days");
    }
}
