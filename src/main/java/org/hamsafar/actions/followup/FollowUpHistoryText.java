package org.hamsafar.actions.followup;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.hamsafar.shared.Digits;

/**
 * Puts a "follow_up" history entry ({@link FollowUpNote}) into words in the reader's language
 * ({@code followup.*} messages): Persian with Persian digits and Jalali dates, English with the
 * Gregorian calendar, times in {@code hamsafar.display-time-zone}. The case page calls it as
 * {@code ${@followUpHistory.describe(h.to())}}. An entry written before codes were used is shown as
 * it was stored.
 */
@Component("followUpHistory")
public class FollowUpHistoryText {
    private final MessageSource messages;
    private final TimeZone zone;

    FollowUpHistoryText(MessageSource messages, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone) {
        this.messages = messages;
        this.zone = TimeZone.getTimeZone(zone);
    }

    /** The entry's {@code to} in words, in the current request's language. */
    public String describe(String to) {
        return describe(to, LocaleContextHolder.getLocale());
    }

    String describe(String to, Locale locale) {
        Optional<FollowUpNote> parsed = FollowUpNote.parse(to);
        if (parsed.isEmpty()) {
            return to;
        }
        FollowUpNote note = parsed.get();
        boolean fa = "fa".equals(locale.getLanguage());
        return switch (note.code()) {
            case FollowUpNote.LINK -> text(locale, "followup.history.link", digits(note.value(0), fa));
            case FollowUpNote.INVITED -> {
                String channel = label(locale, "followup.channel.", note.value(0));
                String invitation = digits(note.value(1), fa);
                Instant sendsAt = instant(note.value(2));
                yield sendsAt == null ? text(locale, "followup.history.invited", channel, invitation)
                        : text(locale, "followup.history.invitedLater", channel, invitation, dateTime(sendsAt, fa));
            }
            case FollowUpNote.WITHDRAWN -> text(locale, "followup.history.withdrawn", digits(note.value(0), fa));
            case FollowUpNote.ANSWERED -> {
                String said = text(locale, "followup.history.answered." + note.value(0));
                yield note.value(1) == null ? said : text(locale, "followup.history.answeredWithCsat", said, digits(note.value(1), fa));
            }
            case FollowUpNote.NOT_SENT -> text(locale, "followup.history.notSent", reason(note, locale, fa));
            default -> to;
        };
    }

    private String reason(FollowUpNote note, Locale locale, boolean fa) {
        String reason = note.value(0);
        return switch (reason == null ? "" : reason) {
            case FollowUpNote.STILL_OPEN -> text(locale, "followup.reason.still_open", digits(note.value(1), fa));
            case FollowUpNote.SURVEY_GONE -> text(locale, "followup.reason.survey_gone", digits(note.value(1), fa));
            case FollowUpNote.SURVEY_CLOSED -> text(locale, "followup.reason.survey_closed", digits(note.value(1), fa),
                    label(locale, "followup.surveyStatus.", note.value(2)));
            case FollowUpNote.NO_CONSENT -> text(locale, "followup.reason.no_consent", label(locale, "followup.channel.", note.value(1)));
            case FollowUpNote.REFUSED, FollowUpNote.OTHER -> text(locale, "followup.reason." + reason, note.value(1));
            default -> messages.getMessage("followup.reason." + reason, null, reason, locale);
        };
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String label(Locale locale, String prefix, String code) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String dateTime(Instant instant, boolean fa) {
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT,
                new ULocale(fa ? "fa_IR@calendar=persian" : "en_GB@calendar=gregorian"));
        format.setTimeZone(zone);
        return format.format(Date.from(instant));
    }

    private static String digits(String value, boolean fa) {
        if (value == null || !fa) {
            return value == null ? "" : value;
        }
        return Digits.persian(value);
    }
}
