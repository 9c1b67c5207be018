package org.hamsafar.actions.followup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a "follow_up" entry of a case's history stores in its {@code to} field: a code and its
 * values joined by {@code |} ("invited|email|42|2026-05-06T12:30:00Z", "not_sent|no_customer",
 * "answered|no|2"), never a sentence, so that the case page can say it in the reader's language
 * and calendar ({@link FollowUpHistoryText}) and API clients can read it without parsing prose.
 * Only a reason that comes from elsewhere in words (a refusal by the survey) is kept as given, as
 * the last value.
 */
record FollowUpNote(String code, List<String> values) {

    static final String SEPARATOR = "|";
    static final String LINK = "link";
    static final String INVITED = "invited";
    static final String WITHDRAWN = "withdrawn";
    static final String ANSWERED = "answered";
    static final String NOT_SENT = "not_sent";

    /** Reasons of {@link #NOT_SENT}. */
    static final String NO_CUSTOMER = "no_customer";
    static final String STILL_OPEN = "still_open";
    static final String NO_SURVEY = "no_survey";
    static final String SURVEY_GONE = "survey_gone";
    static final String SURVEY_CLOSED = "survey_closed";
    static final String CUSTOMER_GONE = "customer_gone";
    static final String CUSTOMER_ERASED = "customer_erased";
    static final String NO_EMAIL = "no_email";
    static final String NO_PHONE = "no_phone";
    static final String NO_CONSENT = "no_consent";
    static final String FATIGUE = "fatigue";
    static final String REFUSED = "refused";
    static final String OTHER = "other";

    static String linkCreated(long invitationId) {
        return join(LINK, Long.toString(invitationId));
    }

    /** Invited by {@code channel}; {@code sendsAt} when the message waits for the delay, else null. */
    static String invited(String channel, long invitationId, Instant sendsAt) {
        return sendsAt == null ? join(INVITED, channel, Long.toString(invitationId))
                : join(INVITED, channel, Long.toString(invitationId), sendsAt.toString());
    }

    static String withdrawn(long invitationId) {
        return join(WITHDRAWN, Long.toString(invitationId));
    }

    /** The customer's answer: solved yes, no or unanswered, and the CSAT score if given. */
    static String answered(Boolean solved, Integer csat) {
        String said = solved == null ? "unanswered" : solved ? "yes" : "no";
        return csat == null ? join(ANSWERED, said) : join(ANSWERED, said, Integer.toString(csat));
    }

    static String notSent(String reason, String... values) {
        List<String> parts = new ArrayList<>();
        parts.add(NOT_SENT);
        parts.add(reason);
        parts.addAll(Arrays.asList(values));
        return join(parts.toArray(String[]::new));
    }

    /**
     * Why the survey invitations say the customer cannot be reached, as a reason code: the
     * invitations speak in English sentences of their own, which are matched here by their start;
     * one not known here is kept as given.
     */
    static String unreachable(String reason) {
        if (reason.startsWith("customer no longer exists")) {
            return notSent(CUSTOMER_GONE);
        }
        if (reason.startsWith("customer was erased")) {
            return notSent(CUSTOMER_ERASED);
        }
        if (reason.startsWith("customer has no email")) {
            return notSent(NO_EMAIL);
        }
        if (reason.startsWith("customer has no phone")) {
            return notSent(NO_PHONE);
        }
        if (reason.startsWith("no consent to survey invitations by ")) {
            String rest = reason.substring("no consent to survey invitations by ".length());
            int end = rest.indexOf(' ');
            return notSent(NO_CONSENT, end < 0 ? rest : rest.substring(0, end));
        }
        if (reason.startsWith("fatigue:")) {
            return notSent(FATIGUE);
        }
        return notSent(OTHER, reason);
    }

    /** The note in a history entry's {@code to}, if it is one (entries written before codes were used are plain sentences). */
    static Optional<FollowUpNote> parse(String to) {
        if (to == null || to.isBlank()) {
            return Optional.empty();
        }
        String[] parts = to.split("\\|", -1);
        String code = parts[0];
        if (!List.of(LINK, INVITED, WITHDRAWN, ANSWERED, NOT_SENT).contains(code)) {
            return Optional.empty();
        }
        if (code.equals(NOT_SENT) && parts.length > 2 && (parts[1].equals(OTHER) || parts[1].equals(REFUSED))) {
            // A reason in words comes last and may hold the separator itself.
            return Optional.of(new FollowUpNote(code, List.of(parts[1], to.substring(code.length() + parts[1].length() + 2))));
        }
        return Optional.of(new FollowUpNote(code, List.of(parts).subList(1, parts.length)));
    }

    /** The value at {@code index}, or null. */
    String value(int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private static String join(String... parts) {
        return String.join(SEPARATOR, parts);
    }
}
