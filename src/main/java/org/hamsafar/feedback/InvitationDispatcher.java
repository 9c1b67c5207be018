package org.hamsafar.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.CustomerProfile;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due invitations, sends reminders and expires old invitations; runs every
 * {@code hamsafar.feedback.dispatch-interval} (default 15 s) and on demand ({@link #dispatchDue(Instant)}).
 *
 * <p>All the work is in the invitation rows, so it survives restarts. Each due invitation is checked
 * against the rules ({@link InvitationRules}) and claimed in one short write transaction; on
 * PostgreSQL those take one lock across instances, so the fatigue check of one instance sees the
 * claims of another, and a guarded UPDATE makes sure only one instance sends a row. The message
 * itself goes out after that transaction (no lock is held while talking to a mail server).
 *
 * <p>A failed send is tried again with growing pauses (5 min, 30 min, 2 h) up to {@value #MAX_ATTEMPTS}
 * attempts; then it stays failed. If the process stops while sending, the claim is taken over after
 * {@link #CLAIM_LEASE}: that message may then go out twice, which is preferred to losing it.
 */
@Component
class InvitationDispatcher {
    private static final Logger log = LoggerFactory.getLogger(InvitationDispatcher.class);
    static final int MAX_ATTEMPTS = 4;
    static final Duration CLAIM_LEASE = Duration.ofMinutes(10);
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    private static final int BATCH = 50;
    /** Batches per run: a large backlog is worked off over several runs, so that one run never holds on for long. */
    private static final int MAX_BATCHES = 20;
    private final InvitationRepository invitations;
    private final InvitationRules rules;
    private final SurveyCatalog surveys;
    private final CustomerDirectory customers;
    private final InvitationMessages messages;
    private final EmailInvitationSender email;
    private final SmsSender sms;
    private final PublicLinks links;
    private final TriggeredInvitations triggers;
    private final WriteTransactions writes;
    private final Clock clock;

    InvitationDispatcher(InvitationRepository invitations, InvitationRules rules, SurveyCatalog surveys, CustomerDirectory customers,
                         InvitationMessages messages, EmailInvitationSender email, SmsSender sms, PublicLinks links,
                         TriggeredInvitations triggers, WriteTransactions writes, Clock clock) {
        this.invitations = invitations;
        this.rules = rules;
        this.surveys = surveys;
        this.customers = customers;
        this.messages = messages;
        this.email = email;
        this.sms = sms;
        this.links = links;
        this.triggers = triggers;
        this.writes = writes;
        this.clock = clock;
    }

    /** What one run did. */
    record Dispatch(int sent, int failed, int skipped, int expired, int reminded) {
    }

    @Scheduled(fixedDelayString = "${hamsafar.feedback.dispatch-interval:PT15S}",
            initialDelayString = "${hamsafar.feedback.dispatch-interval:PT15S}")
    void scheduled() {
        try {
            Dispatch done = dispatchDue();
            if (done.sent() + done.failed() + done.skipped() + done.expired() + done.reminded() > 0) {
                log.info("Invitations: {} sent, {} failed, {} skipped, {} expired, {} reminders", done.sent(), done.failed(),
                        done.skipped(), done.expired(), done.reminded());
            }
        } catch (RuntimeException e) {
            log.error("Sending invitations failed; trying again next run", e);
        }
    }

    Dispatch dispatchDue() {
        return dispatchDue(clock.instant());
    }

    /** One run as if the time were {@code now} (tests move time forward instead of waiting). */
    Dispatch dispatchDue(Instant now) {
        triggers.refresh();
        int expired = writes.run(() -> invitations.expire(now));
        Counts counts = new Counts();
        Map<Long, Optional<Survey>> surveyCache = new HashMap<>();
        Instant claimedBefore = now.minus(CLAIM_LEASE);
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Invitation> due = invitations.due(now, claimedBefore, MAX_ATTEMPTS, BATCH);
            for (Invitation invitation : due) {
                dispatch(invitation, surveyCache, now, claimedBefore, counts);
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        int reminded = remind(surveyCache, now);
        return new Dispatch(counts.sent, counts.failed, counts.skipped, expired, reminded);
    }

    private static final class Counts {
        int sent;
        int failed;
        int skipped;
    }

    /** A claimed invitation and what its message needs. */
    private record Claimed(Invitation invitation, Survey survey, CustomerProfile customer) {
    }

    /** What the check of a due invitation decided: skipped (with the reason), claimed, or neither (taken elsewhere). */
    private record Decision(String skipped, Claimed claimed) {
    }

    private void dispatch(Invitation invitation, Map<Long, Optional<Survey>> surveyCache, Instant now, Instant claimedBefore,
                          Counts counts) {
        Optional<Survey> survey = surveyCache.computeIfAbsent(invitation.surveyId(), surveys::find);
        Optional<CustomerProfile> customer = customers.find(invitation.customerId());
        Decision decision = writes.run(() -> {
            Optional<String> problem = survey.isEmpty() ? Optional.of("survey no longer exists")
                    : rules.surveyProblem(survey.get())
                    .or(() -> rules.customerProblem(customer, invitation.channel()))
                    .or(() -> rules.fatigueProblem(invitation, survey.get(), now));
            if (problem.isPresent()) {
                return new Decision(invitations.skip(invitation, problem.get(), claimedBefore) ? problem.get() : null, null);
            }
            return new Decision(null, invitations.claim(invitation, now, claimedBefore)
                    ? new Claimed(invitation, survey.get(), customer.get()) : null);
        });
        if (decision.skipped() != null) {
            counts.skipped++;
            return;
        }
        Claimed claimed = decision.claimed();
        if (claimed == null) {
            return;
        }
        int attempts = invitation.attempts() + 1;
        Optional<String> failure = deliver(claimed, false, now);
        if (failure.isEmpty()) {
            writes.run(() -> invitations.markSent(invitation.id(), attempts, now));
            counts.sent++;
        } else {
            Instant retryAt = now.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
            String reason = attempts >= MAX_ATTEMPTS ? failure.get() + " (gave up after " + attempts + " attempts)"
                    : failure.get() + " (attempt " + attempts + " of " + MAX_ATTEMPTS + ")";
            writes.run(() -> invitations.markFailed(invitation.id(), attempts, reason, retryAt));
            counts.failed++;
        }
    }

    /** Sends the invitation or its reminder; the reason when it could not. */
    private Optional<String> deliver(Claimed claimed, boolean reminder, Instant now) {
        Invitation invitation = claimed.invitation();
        String link = links.invitation(claimed.survey().key(), invitation.token());
        String address = InvitationRules.address(claimed.customer(), invitation.channel()).orElseThrow();
        try {
            if (SurveyInvitations.EMAIL.equals(invitation.channel())) {
                email.send(address, messages.email(claimed.survey(), claimed.customer(), link, invitation.expiresAt(), now, reminder));
            } else {
                sms.send(address, messages.sms(claimed.survey(), claimed.customer(), link, reminder));
            }
            return Optional.empty();
        } catch (EmailInvitationSender.EmailException | SmsException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Sending invitation {} failed unexpectedly", invitation.id(), e);
            return Optional.of("sending failed: " + e);
        }
    }

    /** One reminder per sent invitation, the survey's reminderAfterDays after it was sent, unless answered or expired. */
    private int remind(Map<Long, Optional<Survey>> surveyCache, Instant now) {
        int reminded = 0;
        for (long surveyId : invitations.surveysAwaitingReminders(now)) {
            Optional<Survey> survey = surveyCache.computeIfAbsent(surveyId, surveys::find);
            if (survey.isEmpty() || survey.get().settings().reminderAfterDays() == null) {
                continue;
            }
            // A paused or full survey sends no reminders; they may still go out if it takes answers again before expiry.
            if (rules.surveyProblem(survey.get()).isPresent()) {
                continue;
            }
            Instant sentBefore = now.minus(Duration.ofDays(survey.get().settings().reminderAfterDays()));
            for (Invitation invitation : invitations.dueReminders(surveyId, sentBefore, now, BATCH * MAX_BATCHES)) {
                if (!writes.run(() -> invitations.claimReminder(invitation.id(), now))) {
                    continue;
                }
                Optional<CustomerProfile> customer = customers.find(invitation.customerId());
                Optional<String> problem = rules.customerProblem(customer, invitation.channel());
                Optional<String> failure = problem.isPresent() ? problem
                        : deliver(new Claimed(invitation, survey.get(), customer.get()), true, now);
                if (failure.isPresent()) {
                    writes.run(() -> invitations.note(invitation.id(), "reminder not sent: " + failure.get()));
                } else {
                    reminded++;
                }
            }
        }
        return reminded;
    }
}
