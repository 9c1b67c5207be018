package org.hamsafar.feedback;

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

/**
 * Sends invitation e-mails (plain text and HTML alternatives, UTF-8) through the SMTP server Spring
 * Boot configures from {@code spring.mail.host}, {@code spring.mail.port}, {@code spring.mail.username}
 * and {@code spring.mail.password}, from {@code hamsafar.mail.from}. Without {@code spring.mail.host}
 * there is no mail sender: sending fails with "email is not configured" instead of stopping the job.
 */
@Component
class EmailInvitationSender {
    static final String NOT_CONFIGURED = "email is not configured";
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    EmailInvitationSender(ObjectProvider<JavaMailSender> mailSender,
                          @Value("${hamsafar.mail.from:Hamsafar <no-reply@localhost>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Why an e-mail was not handed to the mail server. */
    static class EmailException extends Exception {
        EmailException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    void send(String to, InvitationMessages.Email email) throws EmailException {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new EmailException(NOT_CONFIGURED, null);
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(fromAddress());
            helper.setTo(to);
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            message.setHeader("Content-Language", email.language());
            sender.send(message);
        } catch (MessagingException | MailException | UnsupportedEncodingException e) {
            throw new EmailException("email failed: " + e.getMessage(), e);
        }
    }

    /** The configured sender, its display name (which may be Persian) encoded as UTF-8. */
    private InternetAddress fromAddress() throws AddressException, UnsupportedEncodingException {
        InternetAddress address = new InternetAddress(from, true);
        if (address.getPersonal() != null) {
            address.setPersonal(address.getPersonal(), StandardCharsets.UTF_8.name());
        }
        return address;
    }
}
