package org.hamsafar.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.CustomerProfile;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * Personal invitations to a survey. An e-mail or SMS invitation is stored as scheduled and sent when
 * it is due by {@link InvitationDispatcher}, which checks the distribution rules at that moment (the
 * survey may have been paused, filled its quota, or the customer withdrawn consent meanwhile). A
 * link invitation is never sent: its link is handed to the caller at once, so the survey must be
 * active and below its quota when it is created.
 */
@Service
public class SurveyInvitations {
    public static final String EMAIL = "email";
    public static final String SMS = "sms";
    public static final String LINK = "link";
    public static final List<String> CHANNELS = List.of(EMAIL, SMS, LINK);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SurveyCatalog surveys;
    private final InvitationRepository invitations;
    private final ResponseRepository responses;
    private final CustomerDirectory customers;
    private final SequenceBlocks ids;
    private final WriteTransactions writes;
    private final PublicLinks links;
    private final InvitationRules rules;
    private final Clock clock;

    SurveyInvitations(SurveyCatalog surveys, InvitationRepository invitations, ResponseRepository responses,
                      CustomerDirectory customers, SequenceBlocks ids, WriteTransactions writes, PublicLinks links,
                      InvitationRules rules, Clock clock) {
        this.rules = rules;
        this.surveys = surveys;
        this.invitations = invitations;
        this.responses = responses;
        this.customers = customers;
        this.ids = ids;
        this.writes = writes;
        this.links = links;
        this.clock = clock;
    }

    /** An invitation to create: the customer by claim (found or created), how, where, and when to send (null: now). */
    public record InvitationRequest(IdentityClaim customer, String channel, String touchpoint, Instant sendAt) {
    }

    /** What became of one request: the invitation and its personal link, or the problems that kept it out. */
    public record Outcome(Invitation invitation, String link, List<FieldProblem> problems) {
        public boolean accepted() {
            return invitation != null;
        }
    }

    /** Invites a known customer; throws {@link InvalidInputException} naming what is wrong. */
    public Invitation invite(long surveyId, long customerId, String channel, String touchpoint, Instant sendAt) {
        Outcome outcome = inviteAll(surveyId, List.of(new InvitationRequest(new IdentityClaim(customerId, List.of()), channel,
                touchpoint, sendAt))).get(0);
        if (!outcome.accepted()) {
            throw new InvalidInputException(outcome.problems());
        }
        return outcome.invitation();
    }

    /**
     * Creates the invitations of a batch in one transaction, finding or creating each customer; a
     * request with a problem is left out and the others are kept. The survey must exist (404).
     */
    public List<Outcome> inviteAll(long surveyId, List<InvitationRequest> requests) {
        Survey survey = surveys.get(surveyId);
        Instant now = clock.instant();
        List<Outcome> outcomes = new ArrayList<>(requests.size());
        List<Integer> valid = new ArrayList<>();
        for (InvitationRequest request : requests) {
            List<FieldProblem> problems = check(survey, request);
            outcomes.add(problems.isEmpty() ? null : new Outcome(null, null, problems));
            if (problems.isEmpty()) {
                valid.add(outcomes.size() - 1);
            }
        }
        if (valid.isEmpty()) {
            return outcomes;
        }
        boolean needsLinkChecks = valid.stream().anyMatch(i -> LINK.equals(requests.get(i).channel()));
        List<FieldProblem> linkProblems = needsLinkChecks ? linkProblems(survey) : List.of();
        writes.run(() -> {
            List<IdentityClaim> claims = valid.stream().map(i -> requests.get(i).customer()).toList();
            CustomerDirectory.Resolved resolved = customers.resolve(claims);
            List<Invitation> created = new ArrayList<>();
            List<Long> newIds = ids.next("survey_invitation_seq", valid.size());
            for (int k = 0; k < valid.size(); k++) {
                int index = valid.get(k);
                InvitationRequest request = requests.get(index);
                Long customerId = resolved.customerIds().get(k);
                if (customerId == null) {
                    String field = request.customer().customerId() != null ? "customer.customerId" : "customer";
                    outcomes.set(index, new Outcome(null, null, List.of(new FieldProblem(field, resolved.problems().get(k)))));
                    continue;
                }
                if (LINK.equals(request.channel()) && !linkProblems.isEmpty()) {
                    outcomes.set(index, new Outcome(null, null, linkProblems));
                    continue;
                }
                Invitation invitation = newInvitation(newIds.get(k), survey, customerId, request.channel(), request.touchpoint(),
                        null, null, request.sendAt() == null ? now : request.sendAt(), now);
                created.add(invitation);
                outcomes.set(index, new Outcome(invitation, links.invitation(survey.key(), invitation.token()), List.of()));
            }
            if (!created.isEmpty()) {
                invitations.insertAll(created);
            }
        });
        return outcomes;
    }

    public Optional<Invitation> find(long id) {
        return invitations.find(id);
    }

    /**
     * Why an invitation to the customer by {@code channel} could not be delivered now (no such or an
     * erased customer; for email and sms also no address or no consent), or empty when it could. The
     * dispatcher checks the same again when the invitation is due.
     */
    public Optional<String> unreachable(long customerId, String channel) {
        Optional<CustomerProfile> customer = customers.find(customerId);
        if (LINK.equals(channel)) {
            return customer.isEmpty() ? Optional.of("customer no longer exists")
                    : customer.get().erasedAt() != null ? Optional.of("customer was erased") : Optional.empty();
        }
        return rules.customerProblem(customer, channel);
    }

    /**
     * Withdraws an invitation that was not sent yet (its message will not go out; it stays as a
     * skipped invitation with {@code reason}). False when it was sent or handed out already, is being
     * sent at this moment, or stands otherwise (answered, expired, skipped).
     */
    public boolean withdraw(long id, String reason) {
        return writes.run(() -> invitations.withdraw(id, reason));
    }

    /** The link of an invitation's personal survey page. */
    public String linkOf(Invitation invitation) {
        return links.invitation(surveys.get(invitation.surveyId()).key(), invitation.token());
    }

    public Page<Invitation> list(long surveyId, InvitationStatus status, String cursor, int limit) {
        surveys.get(surveyId);
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        List<Invitation> page = invitations.page(surveyId, status, before, limit + 1);
        String next = page.size() > limit ? Cursors.encode(Long.toString(page.get(limit - 1).id())) : null;
        return new Page<>(page.subList(0, Math.min(limit, page.size())), next);
    }

    /**
     * A new invitation row: e-mail and SMS ones scheduled for {@code sendAt}; a link one counts as
     * handed out now. It expires the survey's expiry days after it is (to be) sent.
     */
    static Invitation newInvitation(long id, Survey survey, long customerId, String channel, String touchpoint, Long triggerId,
                                    UUID eventId, Instant sendAt, Instant now) {
        boolean link = LINK.equals(channel);
        Instant expiresAt = sendAt.plus(Duration.ofDays(survey.settings().invitationExpiryDays()));
        return new Invitation(id, survey.id(), customerId, channel, touchpoint, triggerId, eventId, newToken(),
                link ? InvitationStatus.SENT : InvitationStatus.SCHEDULED, null, sendAt, link ? now : null, null, null, expiresAt, 0, now);
    }

    /** 32 random bytes as URL-safe base64 without padding: 43 characters, 256 bits nobody can guess. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private List<FieldProblem> check(Survey survey, InvitationRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.customer() == null) {
            problems.add(new FieldProblem("customer", "is required: give customerId, externalId, email, phone or anonymousId"));
        }
        if (request.channel() == null || !CHANNELS.contains(request.channel())) {
            problems.add(new FieldProblem("channel", "must be one of email, sms, link"));
        }
        if (request.touchpoint() != null && !Keys.isKey(request.touchpoint())) {
            problems.add(new FieldProblem("touchpoint",
                    "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'"));
        }
        if (survey.status() == SurveyStatus.CLOSED) {
            problems.add(new FieldProblem("survey", "is closed and takes no invitations"));
        }
        return problems;
    }

    /** A link goes out now, so the rules that can be checked now are: the survey takes answers and has room. */
    private List<FieldProblem> linkProblems(Survey survey) {
        if (!survey.acceptsAnswers()) {
            return List.of(new FieldProblem("survey", "is " + survey.status().key() + ": a link to it could not be answered"));
        }
        Integer quota = survey.settings().quota();
        if (quota != null && responses.countOf(survey.id()) >= quota) {
            return List.of(new FieldProblem("survey", "has reached its quota of " + quota + " responses"));
        }
        return List.of();
    }
}
