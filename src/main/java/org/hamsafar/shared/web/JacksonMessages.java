package org.hamsafar.shared.web;

/** Jackson's error messages, cut to what means something to an API client. */
public final class JacksonMessages {
    private JacksonMessages() {
    }

    /** The message without the source details Jackson appends in parentheses. */
    public static String firstSentence(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf(" (");
        return (cut > 0 ? message.substring(0, cut) : message).strip();
    }
}
