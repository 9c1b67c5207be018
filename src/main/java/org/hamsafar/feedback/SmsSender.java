package org.hamsafar.feedback;

/**
 * Sends one text message. Chosen by {@code hamsafar.sms.provider}: {@code log} (the default:
 * {@link LogSmsSender}, for development) or {@code http} ({@link HttpSmsSender}, any gateway that
 * takes an HTTP POST).
 */
interface SmsSender {

    /** Sends {@code text} to {@code e164Phone} (e.g. +989121234567), or throws saying why not. */
    void send(String e164Phone, String text) throws SmsException;
}
