package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamsafar.feedback.InvitationFixtures.customer;
import static org.hamsafar.feedback.InvitationFixtures.survey;
import static org.hamsafar.feedback.InvitationFixtures.window;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail invitations through a real SMTP server (GreenMail, in this JVM). The mail properties make a
 * Spring context of their own, so every e-mail test lives in this class.
 */
@HamsafarTest
class InvitationEmailTest {
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("hamsafar.mail.from", () -> "نظرسنجی همسفر <survey@hamsafar.test>");
        registry.add("hamsafar.public-url", () -> "https://cx.example.com/");
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    SurveyInvitations invitations;
    @Autowired
    InvitationDispatcher dispatcher;
    @Autowired
    InvitationRepository repository;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    /** The text/plain and text/html alternatives, by type. */
    private static Map<String, String> parts(MimeMessage message) throws Exception {
        Map<String, String> parts = new java.util.HashMap<>();
        collect(message, parts);
        return parts;
    }

    private static void collect(Part part, Map<String, String> parts) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        } else if (part.isMimeType("text/plain")) {
            parts.put("text", (String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            parts.put("html", (String) part.getContent());
        }
    }

    @Test
    void aPersianCustomerGetsAPersianRightToLeftEmailWithTheirPersonalLink() throws Exception {
        Instant start = window();
        long surveyId = survey(api, "active", null);
        String key = api.get("/api/v1/surveys/" + surveyId, InvitationFixtures.KEY).json().get("key").asString();
        InvitationFixtures.Customer customer = customer(api, "fa", Map.of("email.surveys", true));
        Invitation invitation = invitations.invite(surveyId, customer.id(), "email", null, start);

        dispatcher.dispatchDue(start);

        assertThat(repository.find(invitation.id()).orElseThrow().status()).isEqualTo(InvitationStatus.SENT);
        List<MimeMessage> received = receivedBy(customer.email());
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("نظر شما برای ما مهم است");
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("survey@hamsafar.test");
        assertThat(from.getPersonal()).isEqualTo("نظرسنجی همسفر");
        Map<String, String> parts = parts(message);
        String link = "https://cx.example.com/s/" + key + "?t=" + invitation.token();
        assertThat(invitation.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(parts.get("text")).contains("سارا عزیز،", link, "۱۴ روز");
        assertThat(parts.get("html")).contains("<html lang=\"fa\" dir=\"rtl\">", "href=\"" + link + "\"", "پاسخ به پرسش‌نامه");
    }

    @Test
    void anEnglishCustomerGetsEnglishAndAReminderLater() throws Exception {
        Instant start = window();
        long surveyId = survey(api, "active", "{\"reminderAfterDays\": 2, \"invitationExpiryDays\": 7}");
        InvitationFixtures.Customer customer = customer(api, "en", Map.of("email.marketing", true));
        Invitation invitation = invitations.invite(surveyId, customer.id(), "email", null, start);

        dispatcher.dispatchDue(start);
        dispatcher.dispatchDue(start.plus(Duration.ofDays(2)));

        List<MimeMessage> received = receivedBy(customer.email());
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getSubject()).isEqualTo("We would value your opinion");
        assertThat(parts(received.get(0)).get("html")).contains("dir=\"ltr\"", "Dear Sara,", "valid for 7 more days");
        assertThat(received.get(1).getSubject()).isEqualTo("Reminder: we would value your opinion");
        assertThat(parts(received.get(1)).get("text")).contains(invitation.token(), "valid for 5 more days");
        assertThat(repository.find(invitation.id()).orElseThrow().remindedAt()).isEqualTo(start.plus(Duration.ofDays(2)));
    }
}
