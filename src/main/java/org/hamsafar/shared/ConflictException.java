package org.hamsafar.shared;

/**
 * The request clashes with the current state of a resource (409). {@code code} names the clash so
 * that pages can explain it in the reader's language; the message explains it to API clients.
 */
public class ConflictException extends RuntimeException {
    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
