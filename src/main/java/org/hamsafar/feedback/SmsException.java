package org.hamsafar.feedback;

/** An SMS was not accepted by the gateway; the message says why (recorded on the invitation). */
class SmsException extends Exception {
    SmsException(String message) {
        super(message);
    }

    SmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
