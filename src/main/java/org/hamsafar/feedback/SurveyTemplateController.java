package org.hamsafar.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Surveys", description = "Surveys, their questions and versions")
class SurveyTemplateController {
    private final SurveyCatalog surveys;

    SurveyTemplateController(SurveyCatalog surveys) {
        this.surveys = surveys;
    }

    /** A template as listed: what it is, without its questions. */
    record TemplateSummary(String key, LocalizedText name, LocalizedText description, int questionCount) {
        static TemplateSummary of(SurveyTemplate t) {
            return new TemplateSummary(t.key(), t.name(), t.description(), t.questionCount());
        }
    }

    /** The optional body of a creation from a template. */
    record FromTemplate(String name) {
    }

    @GetMapping("/api/v1/survey-templates")
    @Operation(summary = "Ready-made surveys to start from", description = """
            post_purchase_nps, support_csat, self_service_ces, onboarding and case_follow_up: each with its name and description in fa and
            en and its number of questions. Create a survey from one with POST /api/v1/surveys/from-template/{key}.""")
    Page<TemplateSummary> list() {
        return new Page<>(SurveyTemplates.all().stream().map(TemplateSummary::of).toList(), null);
    }

    @PostMapping("/api/v1/surveys/from-template/{templateKey}")
    @Operation(summary = "Create a draft survey from a template", description = """
            Optional body `{"name": "..."}` (default: the template's name in the language of `Accept-Language`, fa or en; fa without one). The survey starts as a
            draft with the template's questions in fa and en; edit it with PUT /api/v1/surveys/{id}. Replies like
            POST /api/v1/surveys.""")
    ResponseEntity<SurveyView> create(@PathVariable String templateKey, @RequestBody(required = false) FromTemplate body,
                                      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        SurveyTemplate template = SurveyTemplates.find(templateKey)
                .orElseThrow(() -> new NotFoundException("No survey template " + templateKey));
        String language = language(acceptLanguage);
        Survey created = surveys.create(SurveyTemplates.requestFor(template, body == null ? null : body.name(), language));
        return ResponseEntity.status(HttpStatus.CREATED).body(SurveyView.of(created));
    }

    /** The client's first choice between fa and en (API keys have no stored language); fa otherwise. */
    static String language(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (language.equals("fa") || language.equals("en")) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // An unreadable header is no preference.
            }
        }
        return "fa";
    }
}
