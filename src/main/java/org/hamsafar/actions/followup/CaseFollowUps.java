package org.hamsafar.actions.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.feedback.Invitation;
import org.hamsafar.feedback.InvitationStatus;
import org.hamsafar.feedback.SurveyInvitations;
import org.springframework.stereotype.Service;

/**
 * The follow-ups of a case as the API shows them: where each invitation stands (scheduled, sent,
 * answered, skipped with the reason, failed, expired, or withdrawn because the case was reopened)
 * and the customer's answer.
 */
@Service
public class CaseFollowUps {

    private final CaseFollowUpRepository followUps;
    private final SurveyInvitations invitations;

    CaseFollowUps(CaseFollowUpRepository followUps, SurveyInvitations invitations) {
        this.followUps = followUps;
        this.invitations = invitations;
    }

    /** The case's latest follow-up (of its latest resolution), or null when it had none. */
    public Map<String, Object> latest(long caseId) {
        return followUps.latest(caseId).map(this::view).orElse(null);
    }

    /** All of the case's follow-ups, newest first. */
    public List<Map<String, Object>> all(long caseId) {
        return followUps.ofCase(caseId).stream().map(this::view).toList();
    }

    /**
     * A link invitation shows its personal link while it can be answered, for the team to hand to
     * the customer (the platform never sends it).
     */
    private Map<String, Object> view(CaseFollowUp f) {
        Optional<Invitation> invitation = invitations.find(f.invitationId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("invitationId", f.invitationId());
        out.put("caseId", f.caseId());
        out.put("surveyId", f.surveyId());
        out.put("channel", f.channel());
        out.put("status", f.withdrawn() ? "withdrawn" : invitation.map(i -> i.status().key()).orElse(null));
        out.put("reason", invitation.map(Invitation::reason).orElse(null));
        out.put("resolvedAt", iso(f.resolvedAt()));
        out.put("sendAt", iso(f.sendAt()));
        boolean sent = invitation.filter(i -> i.status() != InvitationStatus.SCHEDULED && i.status() != InvitationStatus.FAILED
                && i.status() != InvitationStatus.SKIPPED).isPresent();
        out.put("sentAt", sent ? iso(invitation.get().sentAt()) : null);
        out.put("expiresAt", invitation.map(i -> iso(i.expiresAt())).orElse(null));
        out.put("answeredAt", iso(f.answeredAt()));
        out.put("solved", f.solved());
        out.put("csat", f.csat());
        out.put("comment", f.comment());
        out.put("responseId", f.responseId() == null ? null : f.responseId().toString());
        if (SurveyInvitations.LINK.equals(f.channel())
                && invitation.filter(i -> i.status() == InvitationStatus.SENT).isPresent()) {
            out.put("link", invitations.linkOf(invitation.get()));
        }
        return out;
    }

    private static String iso(java.time.Instant at) {
        return at == null ? null : at.toString();
    }
}
