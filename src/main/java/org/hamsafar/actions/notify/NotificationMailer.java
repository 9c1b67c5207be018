package org.hamsafar.actions.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends notification e-mails through the SMTP server Spring Boot configures from
 * {@code spring.mail.*}, from {@code hamsafar.mail.from}: UTF-8 plain text with an HTML
 * alternative made from it (right to left for Persian, links into the dashboard clickable). Without
 * {@code spring.mail.host} sending fails with "email is not configured" and the e-mail waits for
 * its next attempt.
 */
@Component
class NotificationMailer {
    static final String NOT_CONFIGURED = "email is not configured (spring.mail.host)";
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final DashboardLinks links;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, DashboardLinks links,
                       @Value("${hamsafar.mail.from:Hamsafar <no-reply@localhost>}") String from) {
        this.mailSender = mailSender;
        this.links = links;
        this.from = from;
    }

    AttemptOutcome send(Delivery email) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return AttemptOutcome.failure(null, NOT_CONFIGURED);
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(fromAddress());
            helper.setTo(email.recipient());
            helper.setSubject(email.subject());
            helper.setText(email.body(), html(email.body(), email.language(), email.subject(), links.base()));
            message.setHeader("Content-Language", email.language());
            // Tells mail servers and clients this is an automatic message (no out-of-office replies).
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
            return AttemptOutcome.success(null);
        } catch (MessagingException | MailException | UnsupportedEncodingException e) {
            return AttemptOutcome.failure(null, "email failed: " + e.getMessage());
        }
    }

    /**
     * The plain text as HTML: paragraphs, line breaks, and links into the dashboard ({@code linkBase})
     * that stand on lines of their own made clickable. Nothing else becomes a link: the text quotes
     * customers and carries names that anyone could have written, and a line of theirs that reads
     * like a URL must not turn into a link this server vouches for.
     */
    static String html(String text, String language, String subject, String linkBase) {
        String dir = "fa".equals(language) ? "rtl" : "ltr";
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\" dir=\"").append(dir).append("\">\n<head>")
                .append("<meta charset=\"UTF-8\"><title>").append(escape(subject)).append("</title></head>\n")
                .append("<body style=\"font-family:Tahoma,Vazirmatn,Arial,sans-serif;line-height:1.8;color:#1f2328;\">\n")
                .append("<div dir=\"").append(dir).append("\" style=\"max-width:560px;text-align:")
                .append("rtl".equals(dir) ? "right" : "left").append(";\">\n");
        for (String paragraph : text.split("\n\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            boolean footer = paragraph.startsWith("-- \n");
            html.append(footer ? "<hr><p style=\"font-size:12px;color:#57606a;\">" : "<p>");
            String[] lines = (footer ? paragraph.substring(4) : paragraph).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (i > 0) {
                    html.append("<br>");
                }
                if (isDashboardLink(line, linkBase)) {
                    html.append("<a dir=\"ltr\" href=\"").append(escape(line)).append("\">").append(escape(line)).append("</a>");
                } else {
                    html.append(escape(line));
                }
            }
            html.append("</p>\n");
        }
        return html.append("</div>\n</body>\n</html>\n").toString();
    }

    /** A whole line that is one address in the dashboard: the base itself or a path under it. */
    static boolean isDashboardLink(String line, String linkBase) {
        if (linkBase == null || linkBase.isEmpty() || line.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return false;
        }
        return line.equals(linkBase) || line.startsWith(linkBase + "/") || line.startsWith(linkBase + "?");
    }

    /** The configured sender; its display name (which may be Persian) encoded as UTF-8. */
    private InternetAddress fromAddress() throws AddressException, UnsupportedEncodingException {
        InternetAddress address = new InternetAddress(from, true);
        if (address.getPersonal() != null) {
            address.setPersonal(address.getPersonal(), StandardCharsets.UTF_8.name());
        }
        return address;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
