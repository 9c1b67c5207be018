package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.hamsafar.shared.Digits;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A survey's questions as respondents see them, read-only, in Persian or English whatever the
 * dashboard's language: the texts, scales, options and the words of the form come from the
 * previewed language.
 */
@Controller
@RequestMapping("/surveys")
class SurveyPreviewController {
    private final SurveyCatalog surveys;
    private final MessageSource messages;

    SurveyPreviewController(SurveyCatalog surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping("/{id}/preview")
    ModelAndView preview(@PathVariable long id, @RequestParam(required = false) String lang, Authentication user) {
        Survey survey = surveys.get(id);
        SurveyDefinition definition = survey.definition();
        String language = definition.languageFor("en".equals(lang) ? "en" : "fa".equals(lang) ? "fa" : language());
        List<List<PreviewQuestion>> pages = new ArrayList<>();
        int number = 0;
        for (int page = 1; page <= definition.pages(); page++) {
            List<PreviewQuestion> questions = new ArrayList<>();
            for (Question question : definition.onPage(page)) {
                questions.add(new PreviewQuestion(question, ++number, scores(question, language)));
            }
            pages.add(questions);
        }
        Locale shown = Locale.forLanguageTag(language);
        Map<String, String> words = new LinkedHashMap<>();
        for (String word : List.of("yes", "no", "next", "submit", "required", "page")) {
            words.put(word, messages.getMessage("preview.respondent." + word, null, shown));
        }
        ModelAndView view = new ModelAndView("feedback/preview");
        view.addObject("survey", survey);
        view.addObject("previewLang", language);
        view.addObject("previewDir", "fa".equals(language) ? "rtl" : "ltr");
        view.addObject("pages", pages);
        view.addObject("words", words);
        view.addObject("pageNumbers", IntStream.rangeClosed(1, pages.size()).mapToObj(p -> digits(p, language)).toList());
        view.addObject("canEdit", SurveyEditors.canEdit(user));
        return view;
    }

    /** A question as the preview shows it: its number and, for scored kinds, the answers in the preview's digits. */
    public record PreviewQuestion(Question question, int number, List<String> scores) {
        public String text(String language) {
            return question.text().in(language);
        }
    }

    private static List<String> scores(Question question, String language) {
        List<String> scores = new ArrayList<>();
        if (question.type().scored()) {
            for (int score = question.minScore(); score <= question.maxScore(); score++) {
                scores.add(digits(score, language));
            }
        }
        return scores;
    }

    private static String digits(int number, String language) {
        return "fa".equals(language) ? Digits.persian(Integer.toString(number)) : Integer.toString(number);
    }

    private static String language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "fa";
    }
}
