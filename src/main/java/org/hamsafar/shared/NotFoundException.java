package org.hamsafar.shared;

/** The addressed resource does not exist (404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
