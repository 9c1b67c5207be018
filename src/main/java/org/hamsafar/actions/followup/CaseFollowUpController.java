package org.hamsafar.actions.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamsafar.actions.CaseService;
import org.hamsafar.feedback.SurveyInvitations;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Cases", description = "Cases that close the loop with a customer: states, owners, history and notes")
class CaseFollowUpController {

    private static final Set<String> FIELDS = Set.of("enabled", "surveyId", "channel", "delayMinutes", "fatigueExempt");

    private final FollowUpSettingsService settings;
    private final CaseFollowUps followUps;
    private final CaseService cases;

    CaseFollowUpController(FollowUpSettingsService settings, CaseFollowUps followUps, CaseService cases) {
        this.settings = settings;
        this.followUps = followUps;
        this.cases = cases;
    }

    @GetMapping("/api/v1/cases/follow-up")
    @Operation(summary = "The follow-up survey sent when a case is resolved: settings")
    Map<String, Object> get() {
        return view(settings.current());
    }

    @PutMapping("/api/v1/cases/follow-up")
    @Operation(summary = "Change the follow-up settings", description = """
            Any of `enabled` (true/false), `surveyId` (an active survey with a yes_no question; null: the built-in follow-up
            survey in fa and en, created active when first needed), `channel` (email, sms or link), `delayMinutes` (0 to
            43,200: how long after the resolution an e-mail or SMS goes out; a link is made at once) and `fatigueExempt`
            (true, the default: the invitation goes out although the customer was surveyed recently). Fields left out keep
            their value. Enabling without a survey set uses the built-in one, named in the language of `Accept-Language`.""")
    Map<String, Object> put(@RequestBody JsonNode body,
                            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        if (!body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        Boolean enabled = bool(body, "enabled", problems);
        Boolean exempt = bool(body, "fatigueExempt", problems);
        Long surveyId = null;
        JsonNode survey = body.get("surveyId");
        boolean builtin = survey != null && survey.isNull();
        if (survey != null && !survey.isNull()) {
            if (survey.isIntegralNumber() && survey.canConvertToLong() && survey.asLong() > 0) {
                surveyId = survey.asLong();
            } else {
                problems.add(new FieldProblem("surveyId", "must be a survey's id (a positive whole number), or null for the built-in survey"));
            }
        }
        String channel = null;
        JsonNode channelNode = body.get("channel");
        if (channelNode != null) {
            if (channelNode.isString() && SurveyInvitations.CHANNELS.contains(channelNode.asString())) {
                channel = channelNode.asString();
            } else {
                problems.add(new FieldProblem("channel", "must be one of email, sms, link"));
            }
        }
        Integer delay = null;
        JsonNode delayNode = body.get("delayMinutes");
        if (delayNode != null) {
            if (delayNode.isIntegralNumber() && delayNode.canConvertToInt() && delayNode.asInt() >= 0
                    && delayNode.asInt() <= FollowUpSettings.MAX_DELAY_MINUTES) {
                delay = delayNode.asInt();
            } else {
                problems.add(new FieldProblem("delayMinutes", "must be a whole number of minutes from 0 to "
                        + FollowUpSettings.MAX_DELAY_MINUTES + " (30 days)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return view(settings.change(new FollowUpSettingsService.Change(enabled, surveyId, builtin, channel, delay, exempt),
                language(acceptLanguage)));
    }

    @GetMapping("/api/v1/cases/{id}/follow-ups")
    @Operation(summary = "A case's follow-up surveys, newest first", description = """
            One per resolution that was followed up: the invitation's `status` (scheduled, sent, answered, skipped with its
            `reason`, failed, expired, or withdrawn when the case was reopened before it went out), and the answer:
            `solved`, `csat`, `comment`, `responseId`, `answeredAt`. A link invitation shows its `link` while it can be answered.""")
    Page<Map<String, Object>> list(@PathVariable long id) {
        cases.get(id);
        return new Page<>(followUps.all(id), null);
    }

    private static Map<String, Object> view(FollowUpSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enabled", s.enabled());
        out.put("surveyId", s.surveyId());
        out.put("builtinSurvey", s.surveyId() != null && s.surveyId().equals(s.builtinSurveyId()));
        out.put("channel", s.channel());
        out.put("delayMinutes", s.delayMinutes());
        out.put("fatigueExempt", s.fatigueExempt());
        out.put("updatedAt", s.updatedAt() == null ? null : s.updatedAt().toString());
        out.put("updatedBy", s.updatedBy());
        return out;
    }

    private static Boolean bool(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.add(new FieldProblem(field, "must be true or false"));
            return null;
        }
        return value.asBoolean();
    }

    /** The client's first choice between fa and en; fa, the default language, otherwise. */
    private static String language(String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (language.equals("fa") || language.equals("en")) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // An unreadable header states no preference.
            }
        }
        return "fa";
    }
}
