package org.hamsafar.feedback;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public definition of a survey, for the web widget (static/survey-widget.js). */
@Controller
class SurveyDefinitionController {
    private final SurveyPageFlow flow;

    SurveyDefinitionController(SurveyPageFlow flow) {
        this.flow = flow;
    }

    /**
     * What a respondent sees of an active survey, as JSON for the web widget: languages, texts and
     * questions, nothing else. Public and open to every origin (it holds nothing secret and no
     * credentials are involved); 404 when the survey takes no answers. Only the public key finds a
     * survey here: ids are sequential, and would let anyone walk through every survey.
     */
    @GetMapping(value = "/s/{surveyKey}/definition.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Object> definition(@PathVariable String surveyKey) {
        Optional<Survey> survey = flow.openForWidget(surveyKey);
        if (survey.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).header("Access-Control-Allow-Origin", "*")
                    .cacheControl(CacheControl.noStore())
                    .body(Map.of("status", 404, "title", "No active survey with this key"));
        }
        Survey s = survey.get();
        SurveyDefinition d = s.definition();
        return ResponseEntity.ok().header("Access-Control-Allow-Origin", "*")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(new PublicDefinition(s.key(), s.version(), d.languages(), d.intro(), d.thankYou(), d.questions()));
    }

    /** The public part of a survey (no name, status, settings or dates). */
    record PublicDefinition(String key, int version, List<String> languages, LocalizedText intro, LocalizedText thankYou,
                            List<Question> questions) {
    }
}
