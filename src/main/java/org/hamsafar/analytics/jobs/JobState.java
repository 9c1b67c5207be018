package org.hamsafar.analytics.jobs;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a job is: waiting for the runner, running, or finished one way or the other. */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    @JsonValue
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
