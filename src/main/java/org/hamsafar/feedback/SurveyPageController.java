package org.hamsafar.feedback;

import static org.hamsafar.feedback.SurveyPageViews.languageOf;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public survey page /s/{surveyKey}: plain HTML forms that work without JavaScript, one page
 * of questions at a time, in the survey's language (fa right-to-left). Each page sent is saved as a
 * draft, so that a visitor who leaves comes back to where they were; the last page records the
 * response. {@code ?t=} opens a personal link; {@code ?lang=fa|en} picks the language;
 * {@code ?tp=} names the touchpoint of an anonymous link.
 *
 * <p>Statuses: an unknown survey, a survey still in draft and an unknown link are 404; a paused,
 * closed or full survey and an expired link are 410; a used link is 409; too many sends from one
 * address are 429; a form over the size limit is 413. Each answers with a page that says so.
 */
@Controller
class SurveyPageController {
    static final String HONEYPOT = "website";
    private final SurveyPageFlow flow;
    private final SurveyPageViews views;
    private final MeterRegistry meters;
    private final Clock clock;
    private final PageRateLimiter submissions;
    private final PageRateLimiter draftSaves;
    private final long minMillis;
    private final long maxFormBytes;

    SurveyPageController(SurveyPageFlow flow, SurveyPageViews views, MeterRegistry meters, Clock clock,
                         @Value("${hamsafar.feedback.page-rate-limit:20}") int rateLimit,
                         @Value("${hamsafar.feedback.page-min-seconds:2}") double minSeconds,
                         @Value("${hamsafar.feedback.page-max-form-bytes:524288}") long maxFormBytes) {
        this.flow = flow;
        this.views = views;
        this.meters = meters;
        this.clock = clock;
        this.submissions = new PageRateLimiter(rateLimit, clock);
        // Saving pages costs little, but a flood of them would fill the draft table: a wider budget.
        this.draftSaves = new PageRateLimiter(rateLimit * 5, clock);
        this.minMillis = Math.round(minSeconds * 1000);
        this.maxFormBytes = maxFormBytes;
    }

    @GetMapping("/s/{surveyKey}")
    ModelAndView show(@PathVariable String surveyKey, @RequestParam(name = "t", required = false) String token,
                      @RequestParam(required = false) String lang, @RequestParam(name = "tp", required = false) String touchpoint,
                      HttpServletRequest request) {
        SurveyPageFlow.Entry entry = flow.open(surveyKey, token);
        if (entry.refused()) {
            return views.refusal(entry, lang);
        }
        Survey survey = entry.survey();
        Optional<SurveyDraft> saved = flow.draft(DraftCookies.read(request, surveyKey), survey, entry.invitationId())
                .filter(d -> !d.submitted());
        SurveyDraft draft = saved.orElseGet(() ->
                flow.newDraft(entry, survey.version(), languageOf(survey.definition(), lang), touchpoint));
        SurveyDefinition definition = flow.definition(survey, draft.surveyVersion());
        String language = lang != null ? languageOf(definition, lang) : languageOf(definition, draft.language());
        int page = Math.max(1, Math.min(draft.page(), definition.pages()));
        if (!PageVisibility.hasShownQuestion(definition, page, PageVisibility.before(definition, page, draft.answers()))) {
            page = 1;
        }
        return views.form(entry, draft, definition, language, page, draft.answers(), Map.of(), List.of(),
                draft.startedAt().toEpochMilli(), HttpStatus.OK);
    }

    @PostMapping("/s/{surveyKey}")
    ModelAndView send(@PathVariable String surveyKey, HttpServletRequest request, HttpServletResponse response) {
        // Checked before anything reads the body: parameters are parsed on first use.
        if (request.getContentLengthLong() > maxFormBytes) {
            Survey target = flow.open(surveyKey, null).survey();
            String language = target == null ? "fa" : target.definition().languages().get(0);
            return views.message(language, "respond.tooLarge.title", views.text(language, "respond.tooLarge.text"),
                    HttpStatus.CONTENT_TOO_LARGE);
        }
        String lang = request.getParameter("lang");
        SurveyPageFlow.Entry entry = flow.open(surveyKey, request.getParameter("t"));
        if (entry.survey() == null || entry.refusal() == SurveyPageFlow.Refusal.NOT_FOUND) {
            return views.refusal(entry, lang);
        }
        Survey survey = entry.survey();
        String postedDraft = request.getParameter("draft");
        Optional<SurveyDraft> saved = flow.draft(postedDraft, survey, entry.invitationId());
        if (saved.isPresent() && saved.get().submitted()) {
            // The last page sent again (a double click, the back button): it was stored the first time.
            DraftCookies.clear(response, surveyKey, request);
            return views.thanks(survey, languageOf(flow.definition(survey, saved.get().surveyVersion()), lang));
        }
        if (entry.refused()) {
            return views.refusal(entry, lang);
        }
        SurveyDraft draft = saved.orElseGet(() -> flow.newDraft(postedDraft, entry, postedVersion(request, survey),
                languageOf(survey.definition(), lang), request.getParameter("tp")));
        SurveyDefinition definition = flow.definition(survey, draft.surveyVersion());
        String language = languageOf(definition, lang);
        int page = Math.max(1, Math.min(wholeNumber(request.getParameter("page"), 1), definition.pages()));
        Map<String, Object> answers = merge(definition, page, draft.answers(), request);
        String client = request.getRemoteAddr();
        long started = formTime(request);

        if ("back".equals(request.getParameter("action"))) {
            CheckedAnswers checked = PageVisibility.stripHidden(definition, answers, page);
            int previous = PageVisibility.previousPage(definition, page, checked.values());
            if (!draftSaves.allow(client)) {
                return views.tooMany(language, submissions.secondsToNextWindow(), response);
            }
            SurveyDraft moved = draft.movedTo(previous, checked.values(), language, flow.now());
            flow.save(moved);
            DraftCookies.set(response, surveyKey, moved.id(), request);
            return views.form(entry, moved, definition, language, previous, moved.answers(), Map.of(), List.of(), started,
                    HttpStatus.OK);
        }

        String bot = botReason(request);
        if (bot != null) {
            // Nothing is stored, and the bot is told what a person would be told.
            Counter.builder("hamsafar.survey.bot_submissions").description("Public survey forms dropped as sent by a bot")
                    .tag("reason", bot).register(meters).increment();
            return views.thanks(survey, language);
        }
        CheckedAnswers checked = PageVisibility.stripHidden(definition, answers, page);
        if (!checked.valid()) {
            // What was written stays on the page, answers to questions hidden by now included: the
            // respondent sees them again, and they are ignored unless their condition comes to hold.
            return views.withProblems(entry, draft, definition, language, page, answers, checked.problems(), started);
        }
        Map<String, Object> values = checked.values();
        int next = PageVisibility.nextPage(definition, page, values);
        if (next != 0) {
            if (!draftSaves.allow(client)) {
                return views.tooMany(language, submissions.secondsToNextWindow(), response);
            }
            SurveyDraft moved = draft.movedTo(next, values, language, flow.now());
            flow.save(moved);
            DraftCookies.set(response, surveyKey, moved.id(), request);
            return views.form(entry, moved, definition, language, next, values, Map.of(), List.of(), started, HttpStatus.OK);
        }
        if (!submissions.allow(client)) {
            // The answers are kept: the visitor can send them again a minute later.
            SurveyDraft kept = draft.movedTo(page, values, language, flow.now());
            flow.save(kept);
            DraftCookies.set(response, surveyKey, kept.id(), request);
            return views.tooMany(language, submissions.secondsToNextWindow(), response);
        }
        try {
            flow.submit(entry, draft.movedTo(page, values, language, flow.now()), values, language);
        } catch (ResponseRecorder.InvitationUsedException e) {
            return views.refusal(new SurveyPageFlow.Entry(survey, entry.invitation(), SurveyPageFlow.Refusal.LINK_USED), language);
        } catch (NotFoundException e) {
            return views.refusal(new SurveyPageFlow.Entry(null, null, SurveyPageFlow.Refusal.NOT_FOUND), language);
        } catch (InvalidInputException e) {
            if (e.errors().stream().anyMatch(p -> "survey".equals(p.field()))) {
                // Closed or filled up between the page being drawn and sent.
                return views.refusal(new SurveyPageFlow.Entry(survey, entry.invitation(), SurveyPageFlow.Refusal.CLOSED), language);
            }
            return views.withProblems(entry, draft, definition, language, page, answers, e.errors(), started);
        }
        DraftCookies.clear(response, surveyKey, request);
        return views.thanks(survey, language);
    }

    /** Answers of the draft with the sent page's answers in place of what it held for that page. */
    private static Map<String, Object> merge(SurveyDefinition definition, int page, Map<String, Object> saved,
                                             HttpServletRequest request) {
        Map<String, Object> answers = new LinkedHashMap<>(saved);
        for (Question q : definition.onPage(page)) {
            answers.remove(q.key());
            String[] posted = request.getParameterValues("a." + q.key());
            if (posted == null) {
                continue;
            }
            if (q.type() == QuestionType.MULTI_CHOICE) {
                List<String> chosen = Arrays.stream(posted).filter(v -> !v.isBlank()).distinct().toList();
                if (!chosen.isEmpty()) {
                    answers.put(q.key(), chosen);
                }
            } else if (!posted[0].isBlank()) {
                answers.put(q.key(), posted[0]);
            }
        }
        return answers;
    }

    /**
     * Why the form looks sent by a bot, or null: the hidden field filled in, no form time, or sent
     * sooner than a person could after the form's first page was drawn (the time travels from page
     * to page, so that a person who answers a short page quickly is not taken for a bot).
     */
    private String botReason(HttpServletRequest request) {
        String trap = request.getParameter(HONEYPOT);
        if (trap != null && !trap.isEmpty()) {
            return "honeypot";
        }
        Long at = postedFormTime(request);
        if (at == null) {
            return "no_form_time";
        }
        return clock.millis() - at < minMillis ? "too_fast" : null;
    }

    private static Long postedFormTime(HttpServletRequest request) {
        String started = request.getParameter("started");
        try {
            return started == null ? null : Long.valueOf(started.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** When the form's first page was drawn, as posted (now if missing or in the future). */
    private long formTime(HttpServletRequest request) {
        Long at = postedFormTime(request);
        long now = clock.millis();
        return at == null || at > now ? now : at;
    }

    private int postedVersion(HttpServletRequest request, Survey survey) {
        int version = wholeNumber(request.getParameter("v"), survey.version());
        return version >= 1 && version <= survey.version() ? version : survey.version();
    }

    private static int wholeNumber(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
