package org.hamsafar.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages of the public survey: the form (one page of questions, with problems if any), and the
 * messages shown instead (thanks, closed, expired, used, not found, too many, too large), each in
 * the survey's language rather than the visitor's dashboard language.
 */
@Component
class SurveyPageViews {
    private final ThymeleafViewResolver views;
    private final MessageSource messages;
    private final JsonMapper json;

    SurveyPageViews(ThymeleafViewResolver views, MessageSource messages, JsonMapper json) {
        this.views = views;
        this.messages = messages;
        this.json = json;
    }

    /**
     * The form again with what is wrong said next to each question (422): on the page of the first
     * question with a problem, with the answers as sent ({@code raw}).
     */
    ModelAndView withProblems(SurveyPageFlow.Entry entry, SurveyDraft draft, SurveyDefinition definition, String language,
                              int page, Map<String, Object> raw, List<FieldProblem> problems, long started) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        int shownPage = page;
        for (FieldProblem problem : problems) {
            String key = AnswerProblemMessages.questionKey(problem);
            Question question = key == null ? null : definition.question(key).orElse(null);
            AnswerProblemMessages.Message message = AnswerProblemMessages.of(problem, question);
            String text = messages.getMessage(message.key(), digits(language, message.arguments()), Locale.forLanguageTag(language));
            if (question == null) {
                general.add(text);
            } else {
                errors.putIfAbsent(key, text);
                shownPage = Math.min(shownPage, question.page());
            }
        }
        int drawn = shownPage;
        errors.keySet().removeIf(key -> definition.question(key).map(q -> q.page() != drawn).orElse(true));
        return form(entry, draft, definition, language, drawn, raw, errors, general, started, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /**
     * One page of the form. {@code values}: the answers to show as given; {@code errors}: a message
     * per question key; {@code general}: problems of the whole response; {@code started}: when the
     * form's first page was drawn (epoch ms), carried from page to page for the bot check.
     */
    ModelAndView form(SurveyPageFlow.Entry entry, SurveyDraft draft, SurveyDefinition definition, String language, int page,
                      Map<String, Object> values, Map<String, String> errors, List<String> general, long started,
                      HttpStatus status) {
        SurveyQuestionView.Builder builder = new SurveyQuestionView.Builder(definition, language, messages, json);
        Map<String, Object> earlier = PageVisibility.before(definition, page, values);
        List<SurveyQuestionView> questions = builder.page(page, earlier, values, errors);
        int pages = definition.pages();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("surveyKey", entry.survey().key());
        model.put("formAction", "/s/" + entry.survey().key());
        model.put("draftId", draft.id());
        model.put("version", draft.surveyVersion());
        model.put("token", entry.invitation() == null ? null : entry.invitation().token());
        model.put("touchpoint", draft.touchpoint());
        model.put("page", page);
        model.put("pages", pages);
        model.put("progressText", text(language, "respond.progress", builder.digits(page), builder.digits(pages)));
        model.put("started", started);
        model.put("questions", questions);
        model.put("errorLinks", errorLinks(questions));
        model.put("generalErrors", general);
        model.put("errorCount", builder.digits(errors.size() + general.size()));
        model.put("intro", page == 1 && definition.intro() != null ? definition.intro().in(language) : null);
        model.put("first", page == 1);
        model.put("last", !laterPageMayShow(definition, page, earlier));
        model.put("honeypot", SurveyPageController.HONEYPOT);
        if (definition.languages().size() > 1) {
            String other = "fa".equals(language) ? "en" : "fa";
            String href = "/s/" + entry.survey().key() + "?lang=" + other
                    + (entry.invitation() == null ? "" : "&t=" + URLEncoder.encode(entry.invitation().token(), StandardCharsets.UTF_8))
                    + (entry.invitation() == null && draft.touchpoint() != null ? "&tp=" + draft.touchpoint() : "");
            model.put("otherLanguage", Map.of("code", other, "href", href, "label", "fa".equals(other) ? "فارسی" : "English"));
        }
        return render("feedback/survey-page", language, status, model);
    }

    /** Whether a page after this one may have questions to show (answers on this page may still decide). */
    private static boolean laterPageMayShow(SurveyDefinition definition, int page, Map<String, Object> earlier) {
        for (Question q : definition.questions()) {
            if (q.page() <= page) {
                continue;
            }
            DisplayCondition condition = q.showIf();
            if (condition == null || condition.holds(earlier)
                    || definition.question(condition.question()).map(t -> t.page() >= page).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static List<Map<String, String>> errorLinks(List<SurveyQuestionView> questions) {
        List<Map<String, String>> links = new ArrayList<>();
        for (SurveyQuestionView q : questions) {
            if (q.error() != null) {
                String target = q.options().isEmpty() ? q.inputId() : q.options().get(0).id();
                links.add(Map.of("href", "#" + target, "question", q.text(), "error", q.error()));
            }
        }
        return links;
    }

    /** What an address that opens no form shows instead (see {@link SurveyPageController} for the statuses). */
    ModelAndView refusal(SurveyPageFlow.Entry entry, String lang) {
        String language = entry.survey() == null ? ("en".equals(lang) ? "en" : "fa") : languageOf(entry.survey().definition(), lang);
        return switch (entry.refusal()) {
            case CLOSED -> message(language, "respond.closed.title", text(language, "respond.closed.text"), HttpStatus.GONE);
            case LINK_EXPIRED -> message(language, "respond.expired.title", text(language, "respond.expired.text"), HttpStatus.GONE);
            case LINK_USED -> message(language, "respond.used.title", text(language, "respond.used.text"), HttpStatus.CONFLICT);
            case LINK_UNKNOWN -> message(language, "respond.unknownLink.title", text(language, "respond.unknownLink.text"),
                    HttpStatus.NOT_FOUND);
            default -> message(language, "respond.notFound.title", text(language, "respond.notFound.text"), HttpStatus.NOT_FOUND);
        };
    }

    ModelAndView thanks(Survey survey, String language) {
        LocalizedText thankYou = survey.definition().thankYou();
        String text = thankYou != null && !thankYou.absent() ? thankYou.in(language) : text(language, "respond.thanks.text");
        ModelAndView view = message(language, "respond.thanks.title", text, HttpStatus.OK);
        view.addObject("thanks", true);
        return view;
    }

    ModelAndView tooMany(String language, long retryAfterSeconds, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        return message(language, "respond.tooMany.title", text(language, "respond.tooMany.text"), HttpStatus.TOO_MANY_REQUESTS);
    }

    ModelAndView message(String language, String titleKey, String text, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("heading", text(language, titleKey));
        model.put("text", text);
        model.put("thanks", false);
        return render("feedback/survey-message", language, status, model);
    }

    /**
     * Renders in the survey's language rather than the visitor's dashboard language: the view is
     * resolved for that locale (its #{...} texts), and formatting helpers read the same locale.
     */
    private ModelAndView render(String template, String language, HttpStatus status, Map<String, Object> model) {
        Locale locale = Locale.forLanguageTag(language);
        LocaleContextHolder.setLocale(locale);
        View view;
        try {
            view = views.resolveViewName(template, locale);
        } catch (Exception e) {
            throw new IllegalStateException("No view " + template, e);
        }
        model.put("pageLang", language);
        model.put("pageDir", "fa".equals(language) ? "rtl" : "ltr");
        ModelAndView result = new ModelAndView(view, model);
        result.setStatus(status);
        return result;
    }

    /** The language to show: {@code wanted} when the survey offers it, else the survey's first. */
    static String languageOf(SurveyDefinition definition, String wanted) {
        return wanted != null && definition.languages().contains(wanted) ? wanted : definition.languages().get(0);
    }

    String text(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    private static Object[] digits(String language, Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = digits(language, args[i]);
        }
        return out;
    }

    /** A number in the page's digits: Persian (۰-۹) on Persian pages. */
    static String digits(String language, Object value) {
        String text = String.valueOf(value);
        if (!"fa".equals(language)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }
}
