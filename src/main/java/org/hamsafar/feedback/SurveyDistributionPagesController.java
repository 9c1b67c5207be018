package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A survey's distribution page: its triggers (added and removed by admins and analysts through
 * {@link SurveyTriggers}, so that the in-memory copy ingestion reads follows), its invitations
 * counted by status, and the newest invitations. Tokens and personal links are never shown: they
 * let their holder answer as the customer.
 */
@Controller
@RequestMapping("/surveys/{id}/distribution")
class SurveyDistributionPagesController {
    static final int NEWEST = 50;
    /** Trigger fields whose problems have a message of their own next to the field. */
    private static final Set<String> FIELDS = Set.of("eventType", "touchpoint", "eventChannel", "inviteChannel", "delayMinutes");
    /** The badge colour of each invitation status. */
    private static final Map<String, String> STATUS_STYLES = Map.of("scheduled", "text-bg-secondary", "sent", "text-bg-primary",
            "answered", "text-bg-success", "skipped", "text-bg-warning", "failed", "text-bg-danger", "expired", "text-bg-dark");
    private final SurveyCatalog surveys;
    private final SurveyTriggers triggers;
    private final SurveyInvitations invitations;
    private final InvitationRepository invitationRows;
    private final MessageSource messages;
    private final Formats fmt;

    SurveyDistributionPagesController(SurveyCatalog surveys, SurveyTriggers triggers, SurveyInvitations invitations,
                                      InvitationRepository invitationRows, MessageSource messages, Formats fmt) {
        this.surveys = surveys;
        this.triggers = triggers;
        this.invitations = invitations;
        this.invitationRows = invitationRows;
        this.messages = messages;
        this.fmt = fmt;
    }

    /** The add-trigger form as typed; the delay is text so that Persian digits and mistakes come back as typed. */
    public record TriggerForm(String eventType, String touchpoint, String eventChannel, String inviteChannel, String delayMinutes,
                              String enabled) {
        static TriggerForm blank() {
            return new TriggerForm("", "", "", SurveyInvitations.EMAIL, "0", "true");
        }

        public boolean isEnabled() {
            return enabled != null && !enabled.isBlank() && !"false".equals(enabled);
        }
    }

    /** A status with its count, in the order invitations move through them. */
    public record StatusCount(String status, long count) {
    }

    @GetMapping
    ModelAndView page(@PathVariable long id, Authentication user) {
        return page(surveys.get(id), user, TriggerForm.blank(), Map.of(), List.of());
    }

    @PostMapping("/triggers")
    ModelAndView addTrigger(@PathVariable long id, @ModelAttribute TriggerForm form, Authentication user) {
        SurveyEditors.require(user);
        Survey survey = surveys.get(id);
        List<FieldProblem> problems = new ArrayList<>();
        Integer delay = SurveyForm.number("delayMinutes", form.delayMinutes(), problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            triggers.create(id, new SurveyTriggers.TriggerRequest(blankToNull(form.eventType()), blankToNull(form.touchpoint()),
                    blankToNull(form.eventChannel()), strip(form.inviteChannel()), delay, form.isEnabled()));
            return new ModelAndView("redirect:/surveys/" + id + "/distribution?added=1");
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> general = new ArrayList<>();
            Locale locale = LocaleContextHolder.getLocale();
            for (FieldProblem problem : e.errors()) {
                if (FIELDS.contains(problem.field())) {
                    errors.putIfAbsent(problem.field(), messages.getMessage("distribution.error." + problem.field(),
                            new Object[] {fmt.number(SurveyTriggers.MAX_DELAY_MINUTES)}, problem.message(), locale));
                } else {
                    general.add(problem.field() + ": " + problem.message());
                }
            }
            ModelAndView view = page(survey, user, form, errors, general);
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    @PostMapping("/triggers/{triggerId}/delete")
    String deleteTrigger(@PathVariable long id, @PathVariable long triggerId, Authentication user) {
        SurveyEditors.require(user);
        triggers.delete(id, triggerId);
        return "redirect:/surveys/" + id + "/distribution?deleted=1";
    }

    private ModelAndView page(Survey survey, Authentication user, TriggerForm form, Map<String, String> errors, List<String> general) {
        Map<InvitationStatus, Long> counts = invitationRows.countByStatus(survey.id());
        ModelAndView view = new ModelAndView("feedback/distribution");
        view.addObject("survey", survey);
        view.addObject("triggers", triggers.list(survey.id()));
        view.addObject("canEdit", SurveyEditors.canEdit(user));
        view.addObject("form", form);
        view.addObject("errors", errors);
        view.addObject("generalErrors", general);
        view.addObject("eventChannels", Arrays.stream(Channel.values()).map(Channel::key).toList());
        view.addObject("inviteChannels", List.of(SurveyInvitations.EMAIL, SurveyInvitations.SMS));
        view.addObject("statusCounts", Arrays.stream(InvitationStatus.values())
                .map(s -> new StatusCount(s.key(), counts.getOrDefault(s, 0L))).toList());
        view.addObject("invitationTotal", counts.values().stream().mapToLong(Long::longValue).sum());
        view.addObject("invitations", invitations.list(survey.id(), null, null, NEWEST).items());
        view.addObject("statusStyles", STATUS_STYLES);
        return view;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
