package org.hamsafar.shared;

/**
 * The caller may make this request in general but not this time (403), e.g. a read key whose query
 * is too large to answer at once and would have to queue a job. The message says why and what to do.
 */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
