package org.hamsafar.actions.notify;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.hamsafar.shared.Digits;

/**
 * Renders a {@link Notice} as the subject and plain text of an e-mail in one language (fa or en),
 * from the message bundles ({@code notify.*}). Persian texts show Persian digits and Jalali dates
 * (in {@code hamsafar.display-time-zone}); links stand on lines of their own so that right-to-left
 * text around them reads well in any mail client.
 */
@Component
class NoticeTexts {
    private final MessageSource messages;
    private final DashboardLinks links;
    private final TimeZone zone;

    NoticeTexts(MessageSource messages, DashboardLinks links, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone) {
        this.messages = messages;
        this.links = links;
        this.zone = TimeZone.getTimeZone(zone);
    }

    /** An e-mail ready to send. */
    record RenderedEmail(String language, String subject, String text) {
    }

    /** {@code name} greets the reader when known (a user's display name). */
    RenderedEmail render(Notice notice, String language, String name) {
        Locale locale = Locale.forLanguageTag(language);
        String caseId = notice.parameter("caseId", language);
        String title = oneLine(notice.parameter("title", language));
        StringBuilder body = new StringBuilder();
        body.append(name == null || name.isBlank() ? text(locale, "notify.email.greetingAnonymous")
                : text(locale, "notify.email.greeting", oneLine(name))).append("\n\n");
        String subject;
        switch (notice.kind()) {
            case Notice.CASE_ASSIGNED -> {
                subject = text(locale, "notify.email.case_assigned.subject", digits(caseId, language), title);
                body.append(text(locale, "notify.email.case_assigned.body", digits(caseId, language), title)).append("\n\n");
                line(body, locale, "notify.email.priority", label(locale, "notify.priority.", notice.parameter("priority", language)));
                line(body, locale, "notify.email.assignedBy", actor(notice.parameter("assignedBy", language)));
            }
            case Notice.CASE_ESCALATED -> {
                String breach = label(locale, "notify.breach.", notice.parameter("breach", language));
                subject = text(locale, "notify.email.case_escalated.subject", digits(caseId, language), breach);
                body.append(text(locale, "notify.email.case_escalated.body", digits(caseId, language), title, breach)).append("\n\n");
                line(body, locale, "notify.email.due", dateTime(notice.parameter("due", language), language));
                line(body, locale, "notify.email.team", notice.parameter("team", language));
                line(body, locale, "notify.email.priority", label(locale, "notify.priority.", notice.parameter("priority", language)));
            }
            case Notice.ALERT -> {
                String rule = oneLine(notice.parameter("rule", language));
                subject = text(locale, "notify.email.alert.subject", rule);
                body.append(text(locale, "notify.email.alert.body", rule)).append("\n\n");
                String summary = oneLine(notice.parameter("summary", language));
                if (summary != null && !summary.isEmpty()) {
                    body.append(quoted(summary, language)).append("\n\n");
                }
            }
            default -> throw new IllegalArgumentException("Unknown notice kind " + notice.kind());
        }
        if (!body.toString().endsWith("\n\n")) {
            body.append('\n');
        }
        if (caseId != null) {
            body.append(text(locale, "notify.email.openCase")).append('\n').append(links.caseLink(caseId)).append("\n\n");
        } else {
            body.append(text(locale, "notify.email.openDashboard")).append('\n').append(links.base()).append("/\n\n");
        }
        body.append("-- \n").append(text(locale, "notify.email.footer")).append('\n');
        return new RenderedEmail(language, clip(subject, 250), body.toString());
    }

    private void line(StringBuilder body, Locale locale, String key, String value) {
        if (value != null && !value.isBlank()) {
            body.append(text(locale, key, oneLine(value))).append('\n');
        }
    }

    /** A key's label (priority, breach) in the language; an unknown key as it is. */
    private String label(Locale locale, String prefix, String key) {
        if (key == null) {
            return null;
        }
        try {
            return messages.getMessage(prefix + key, null, locale);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    /** "user:sara" reads as "sara"; an API key keeps its name. */
    private static String actor(String actor) {
        if (actor == null) {
            return null;
        }
        return actor.startsWith("user:") ? actor.substring(5) : actor;
    }

    private String dateTime(String iso, String language) {
        if (iso == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return iso;
        }
        ULocale locale = new ULocale("fa".equals(language) ? "fa_IR@calendar=persian" : "en_GB@calendar=gregorian");
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale);
        format.setTimeZone(zone);
        return format.format(Date.from(instant));
    }

    /** Persian text shows Persian digits. */
    static String digits(String text, String language) {
        if (text == null || !"fa".equals(language)) {
            return text;
        }
        return Digits.persian(text);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * What matched, as a quotation on one line: it is the customer's text (or built from it), so it
     * must neither shape the e-mail (a line break could fake a paragraph or a link of ours) nor start
     * a line, which is where {@link NotificationMailer} looks for links to make clickable.
     */
    static String quoted(String text, String language) {
        return "fa".equals(language) ? "«" + text + "»" : "\u201c" + text + "\u201d";
    }

    /** Subjects and labelled lines are one line: a title with line breaks would break the layout (or a header). */
    private static String oneLine(String value) {
        return value == null ? null : value.replaceAll("[\\r\\n\\t\\u000b\\u000c\\u0085\\u2028\\u2029]+", " ").strip();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
