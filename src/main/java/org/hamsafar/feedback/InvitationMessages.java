package org.hamsafar.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.hamsafar.customers.CustomerProfile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The texts of invitations and reminders, in the customer's language (their language attribute
 * when the survey offers it, else the survey's first language), from the message bundles: a plain
 * and an HTML e-mail (right-to-left for Persian), and an SMS.
 */
@Component
class InvitationMessages {
    private final MessageSource messages;

    InvitationMessages(MessageSource messages) {
        this.messages = messages;
    }

    record Email(String language, String subject, String text, String html) {
    }

    static String languageFor(Survey survey, CustomerProfile customer) {
        String wanted = customer.attributes().language();
        return survey.definition().languageFor(wanted == null ? null : wanted.toLowerCase(Locale.ROOT));
    }

    Email email(Survey survey, CustomerProfile customer, String link, Instant expiresAt, Instant now, boolean reminder) {
        String language = languageFor(survey, customer);
        Locale locale = Locale.forLanguageTag(language);
        String subject = text(reminder ? "invite.email.subjectReminder" : "invite.email.subject", locale);
        String name = customer.attributes().firstName();
        String greeting = name == null || name.isBlank() ? text("invite.email.greetingAnonymous", locale)
                : text("invite.email.greeting", locale, name.strip());
        String body = text(reminder ? "invite.email.bodyReminder" : "invite.email.body", locale);
        LocalizedText intro = survey.definition().intro();
        String introText = intro == null || intro.absent() ? null : intro.in(language);
        long days = daysLeft(expiresAt, now);
        // Persian shows the number in Persian digits; English picks "day" or "days" by the number.
        String validFor = text("invite.email.validFor", locale, "fa".equals(language) ? digits(days, language) : days);
        String button = text("invite.email.button", locale);
        String fallback = text("invite.email.linkFallback", locale);
        String footer = text("invite.email.footer", locale);

        StringBuilder plain = new StringBuilder();
        plain.append(greeting).append("\n\n").append(body).append("\n\n");
        if (introText != null) {
            plain.append(introText).append("\n\n");
        }
        plain.append(button).append(": ").append(link).append("\n\n").append(validFor).append("\n\n-- \n").append(footer).append('\n');

        String dir = "fa".equals(language) ? "rtl" : "ltr";
        String align = "fa".equals(language) ? "right" : "left";
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\" dir=\"").append(dir).append("\">\n<head>")
                .append("<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(subject)).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:24px;background:#f4f5f7;font-family:Tahoma,Vazirmatn,Arial,sans-serif;\">\n")
                .append("<div dir=\"").append(dir).append("\" style=\"max-width:560px;margin:0 auto;background:#ffffff;padding:24px;")
                .append("border-radius:8px;text-align:").append(align).append(";line-height:1.8;color:#1f2328;\">\n")
                .append("<p>").append(escape(greeting)).append("</p>\n")
                .append("<p>").append(escape(body)).append("</p>\n");
        if (introText != null) {
            html.append("<p>").append(escape(introText)).append("</p>\n");
        }
        html.append("<p style=\"margin:24px 0;\"><a href=\"").append(escape(link)).append("\" style=\"display:inline-block;")
                .append("padding:10px 20px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:6px;\">")
                .append(escape(button)).append("</a></p>\n")
                .append("<p style=\"font-size:13px;color:#57606a;\">").append(escape(validFor)).append("</p>\n")
                .append("<p style=\"font-size:13px;color:#57606a;\">").append(escape(fallback)).append("<br><a dir=\"ltr\" href=\"")
                .append(escape(link)).append("\">").append(escape(link)).append("</a></p>\n")
                .append("<hr style=\"border:none;border-top:1px solid #d0d7de;\">\n")
                .append("<p style=\"font-size:12px;color:#57606a;\">").append(escape(footer)).append("</p>\n")
                .append("</div>\n</body>\n</html>\n");
        return new Email(language, subject, plain.toString(), html.toString());
    }

    String sms(Survey survey, CustomerProfile customer, String link, boolean reminder) {
        Locale locale = Locale.forLanguageTag(languageFor(survey, customer));
        return text(reminder ? "invite.sms.reminder" : "invite.sms.text", locale, link);
    }

    /** Whole days left until the link expires, at least 1. */
    static long daysLeft(Instant expiresAt, Instant now) {
        long seconds = Duration.between(now, expiresAt).getSeconds();
        return Math.max(1, (seconds + 86_399) / 86_400);
    }

    /** Persian text shows Persian digits. */
    static String digits(long number, String language) {
        String latin = Long.toString(number);
        if (!"fa".equals(language)) {
            return latin;
        }
        StringBuilder persian = new StringBuilder(latin.length());
        for (char c : latin.toCharArray()) {
            persian.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return persian.toString();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
