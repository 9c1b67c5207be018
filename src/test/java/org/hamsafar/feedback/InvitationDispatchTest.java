package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamsafar.feedback.InvitationFixtures.KEY;
import static org.hamsafar.feedback.InvitationFixtures.customer;
import static org.hamsafar.feedback.InvitationFixtures.survey;
import static org.hamsafar.feedback.InvitationFixtures.window;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules and the sending job, with time moved forward by running the job "at" a later instant
 * (see {@link InvitationFixtures#window()}). SMS go to the development sender, which keeps them.
 */
@Tag("store")
@HamsafarTest
class InvitationDispatchTest {
    private static final Map<String, Boolean> SMS_CONSENT = Map.of("sms.marketing", true);
    @LocalServerPort
    int port;
    @Autowired
    SurveyInvitations invitations;
    @Autowired
    InvitationDispatcher dispatcher;
    @Autowired
    InvitationRepository repository;
    @Autowired
    SmsSender sms;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private Invitation reload(Invitation invitation) {
        return repository.find(invitation.id()).orElseThrow();
    }

    private List<LogSmsSender.Sent> smsTo(String phone) {
        return ((LogSmsSender) sms).recent().stream().filter(m -> m.to().equals(phone)).toList();
    }

    @Test
    void aDueSmsInvitationIsSentWithItsPersonalLink() {
        Instant start = window();
        long surveyId = survey(api, "active", null);
        InvitationFixtures.Customer customer = customer(api, "fa", SMS_CONSENT);
        Invitation invitation = invitations.invite(surveyId, customer.id(), "sms", "checkout", start);

        InvitationDispatcher.Dispatch early = dispatcher.dispatchDue(start.minusSeconds(60));
        assertThat(reload(invitation).status()).isEqualTo(InvitationStatus.SCHEDULED);
        assertThat(smsTo(customer.phone())).isEmpty();

        dispatcher.dispatchDue(start);

        Invitation sent = reload(invitation);
        assertThat(sent.status()).isEqualTo(InvitationStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(start);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(smsTo(customer.phone())).singleElement().satisfies(m ->
                assertThat(m.text()).contains("پرسش‌نامه").endsWith("/s/" + surveyKey(surveyId) + "?t=" + invitation.token()));
        assertThat(early.sent()).isZero();
    }

    private String surveyKey(long surveyId) {
        return api.get("/api/v1/surveys/" + surveyId, KEY).json().get("key").asString();
    }

    @Test
    void withoutConsentForTheChannelTheInvitationIsSkippedWithTheReason() {
        Instant start = window();
        long surveyId = survey(api, "active", null);
        // Allowed e-mail and service SMS only: survey SMS are not allowed.
        InvitationFixtures.Customer customer = customer(api, "fa", Map.of("email.surveys", true, "sms.service", true));
        Invitation bySms = invitations.invite(surveyId, customer.id(), "sms", null, start);
        InvitationFixtures.Customer withdrawn = customer(api, "en", Map.of("sms.feedback", false, "sms.marketing", true));
        Invitation toWithdrawn = invitations.invite(surveyId, withdrawn.id(), "sms", null, start);

        dispatcher.dispatchDue(start);

        assertThat(reload(bySms).status()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(reload(bySms).reason()).startsWith("no consent to survey invitations by sms");
        assertThat(reload(toWithdrawn).status()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(smsTo(customer.phone())).isEmpty();
        assertThat(smsTo(withdrawn.phone())).isEmpty();
    }

    @Test
    void aSecondInvitationWithinTheFatiguePeriodIsSkipped() {
        Instant start = window();
        long first = survey(api, "active", null);
        long second = survey(api, "active", null);
        long surveyWithOwnFatigue = survey(api, "active", "{\"fatigueDays\": 90}");
        InvitationFixtures.Customer customer = customer(api, "fa", SMS_CONSENT);
        Invitation a = invitations.invite(first, customer.id(), "sms", null, start);
        dispatcher.dispatchDue(start);
        assertThat(reload(a).status()).isEqualTo(InvitationStatus.SENT);

        // Another survey 10 days later: the global 30 days apply.
        Invitation b = invitations.invite(second, customer.id(), "sms", null, start.plus(Duration.ofDays(10)));
        dispatcher.dispatchDue(start.plus(Duration.ofDays(10)));
        assertThat(reload(b).status()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(reload(b).reason()).isEqualTo("fatigue: customer was sent an invitation in the last 30 days");

        // 31 days later the customer may be asked again.
        Invitation c = invitations.invite(second, customer.id(), "sms", null, start.plus(Duration.ofDays(31)));
        dispatcher.dispatchDue(start.plus(Duration.ofDays(31)));
        assertThat(reload(c).status()).isEqualTo(InvitationStatus.SENT);

        // A survey's own fatigue days count only invitations to that survey.
        Invitation d = invitations.invite(surveyWithOwnFatigue, customer.id(), "sms", null, start.plus(Duration.ofDays(62)));
        dispatcher.dispatchDue(start.plus(Duration.ofDays(62)));
        assertThat(reload(d).status()).isEqualTo(InvitationStatus.SENT);
        Invitation e = invitations.invite(surveyWithOwnFatigue, customer.id(), "sms", null, start.plus(Duration.ofDays(93)));
        dispatcher.dispatchDue(start.plus(Duration.ofDays(93)));
        assertThat(reload(e).reason()).isEqualTo("fatigue: customer was sent this survey in the last 90 days");
        assertThat(smsTo(customer.phone())).hasSize(3);
    }

    @Test
    void aSurveyThatReachedItsQuotaOrIsPausedSendsNoMore() {
        Instant start = window();
        long full = survey(api, "active", "{\"quota\": 1}");
        Api.Reply answered = api.post("/api/v1/surveys/" + full + "/responses", KEY, "{\"answers\": {\"nps\": 9}}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        long paused = survey(api, "paused", null);
        InvitationFixtures.Customer customer = customer(api, "fa", SMS_CONSENT);
        Invitation toFull = invitations.invite(full, customer.id(), "sms", null, start);
        Invitation toPaused = invitations.invite(paused, customer.id(), "sms", null, start);

        dispatcher.dispatchDue(start);

        assertThat(reload(toFull).status()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(reload(toFull).reason()).isEqualTo("survey has reached its quota of 1 responses");
        assertThat(reload(toPaused).status()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(reload(toPaused).reason()).isEqualTo("survey is paused");
        assertThat(smsTo(customer.phone())).isEmpty();
    }

    @Test
    void invitationsExpireAfterTheSurveysExpiryDaysSentOrNot() {
        Instant start = window();
        long surveyId = survey(api, "active", "{\"invitationExpiryDays\": 7}");
        InvitationFixtures.Customer early = customer(api, "fa", SMS_CONSENT);
        InvitationFixtures.Customer late = customer(api, "fa", SMS_CONSENT);
        Invitation sent = invitations.invite(surveyId, early.id(), "sms", null, start);
        Invitation neverSent = invitations.invite(surveyId, late.id(), "sms", null, start.plus(Duration.ofDays(1)));
        assertThat(sent.expiresAt()).isEqualTo(start.plus(Duration.ofDays(7)));
        dispatcher.dispatchDue(start);
        assertThat(reload(sent).status()).isEqualTo(InvitationStatus.SENT);

        // The job does not run again until both are past their expiry.
        InvitationDispatcher.Dispatch run = dispatcher.dispatchDue(start.plus(Duration.ofDays(8)).plusSeconds(1));

        assertThat(reload(sent).status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(reload(sent).sentAt()).isEqualTo(start);
        assertThat(reload(neverSent).status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(reload(neverSent).sentAt()).isNull();
        assertThat(smsTo(late.phone())).isEmpty();
        assertThat(run.expired()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void oneReminderGoesOutAfterTheReminderDaysUnlessAnswered() {
        Instant start = window();
        long surveyId = survey(api, "active", "{\"reminderAfterDays\": 3, \"invitationExpiryDays\": 10}");
        InvitationFixtures.Customer silent = customer(api, "fa", SMS_CONSENT);
        InvitationFixtures.Customer answering = customer(api, "en", SMS_CONSENT);
        Invitation toSilent = invitations.invite(surveyId, silent.id(), "sms", null, start);
        Invitation toAnswering = invitations.invite(surveyId, answering.id(), "sms", null, start);
        dispatcher.dispatchDue(start);
        markAnswered(toAnswering, start.plus(Duration.ofDays(1)));

        dispatcher.dispatchDue(start.plus(Duration.ofDays(2)));
        assertThat(smsTo(silent.phone())).hasSize(1);
        assertThat(reload(toSilent).remindedAt()).isNull();

        dispatcher.dispatchDue(start.plus(Duration.ofDays(3)));
        assertThat(reload(toSilent).remindedAt()).isEqualTo(start.plus(Duration.ofDays(3)));
        assertThat(smsTo(silent.phone())).hasSize(2);
        assertThat(smsTo(silent.phone()).get(0).text()).startsWith("یادآوری").contains(toSilent.token());

        dispatcher.dispatchDue(start.plus(Duration.ofDays(6)));
        assertThat(smsTo(silent.phone())).as("only one reminder").hasSize(2);
        assertThat(smsTo(answering.phone())).as("no reminder after an answer").hasSize(1);
        assertThat(reload(toAnswering).remindedAt()).isNull();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** What answering through the personal link does to the invitation. */
    private void markAnswered(Invitation invitation, Instant at) {
        jdbc.sql("UPDATE survey_invitation SET status = 'answered', answered_at = :at WHERE id = :id")
                .param("at", org.hamsafar.shared.store.UtcTimes.toDb(at)).param("id", invitation.id()).update();
    }

    @Test
    void aFailedSendIsRetriedWithBackoffThenGivenUp() {
        Instant start = window();
        long surveyId = survey(api, "active", null);
        // This context has no mail server configured: every e-mail fails.
        InvitationFixtures.Customer customer = customer(api, "fa", Map.of("email.surveys", true));
        Invitation invitation = invitations.invite(surveyId, customer.id(), "email", null, start);

        dispatcher.dispatchDue(start);
        Invitation failed = reload(invitation);
        assertThat(failed.status()).isEqualTo(InvitationStatus.FAILED);
        assertThat(failed.reason()).isEqualTo("email is not configured (attempt 1 of 4)");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.sendAt()).isEqualTo(start.plus(Duration.ofMinutes(5)));
        assertThat(failed.sentAt()).isNull();

        dispatcher.dispatchDue(start.plus(Duration.ofMinutes(4)));
        assertThat(reload(invitation).attempts()).as("not retried before its time").isEqualTo(1);
        Instant at = start;
        for (Duration pause : List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2))) {
            at = at.plus(pause);
            dispatcher.dispatchDue(at);
        }
        Invitation gaveUp = reload(invitation);
        assertThat(gaveUp.attempts()).isEqualTo(4);
        assertThat(gaveUp.reason()).isEqualTo("email is not configured (gave up after 4 attempts)");
        dispatcher.dispatchDue(at.plus(Duration.ofDays(1)));
        assertThat(reload(invitation).attempts()).isEqualTo(4);
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachInvitationOnce() throws Exception {
        Instant start = window();
        long surveyId = survey(api, "active", null);
        List<InvitationFixtures.Customer> customers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            InvitationFixtures.Customer customer = customer(api, "fa", SMS_CONSENT);
            customers.add(customer);
            invitations.invite(surveyId, customer.id(), "sms", null, start);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<InvitationDispatcher.Dispatch> run = () -> dispatcher.dispatchDue(start);
            List<Future<InvitationDispatcher.Dispatch>> runs = pool.invokeAll(List.of(run, run, run));
            int sent = 0;
            for (Future<InvitationDispatcher.Dispatch> done : runs) {
                sent += done.get().sent();
            }
            assertThat(sent).isGreaterThanOrEqualTo(12);
        } finally {
            pool.shutdown();
        }
        for (InvitationFixtures.Customer customer : customers) {
            assertThat(smsTo(customer.phone())).as("messages to " + customer.phone()).hasSize(1);
        }
    }
}
