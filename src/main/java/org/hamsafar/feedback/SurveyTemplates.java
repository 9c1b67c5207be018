package org.hamsafar.feedback;

import java.util.List;
import java.util.Optional;
import org.hamsafar.feedback.SurveyRequest.ConditionRequest;
import org.hamsafar.feedback.SurveyRequest.QuestionRequest;

/**
 * The ready-made surveys: the common CX measurements with their usual follow-up questions, in
 * Persian and English. Each is a plain {@link SurveyRequest}, so a survey made from one can be
 * edited like any other.
 */
public final class SurveyTemplates {
    public static final String POST_PURCHASE_NPS = "post_purchase_nps";
    public static final String SUPPORT_CSAT = "support_csat";
    public static final String SELF_SERVICE_CES = "self_service_ces";
    public static final String ONBOARDING = "onboarding";
    /** Sent when a customer's case is resolved; the actions module reads "solved", "csat" and "comment". */
    public static final String CASE_FOLLOW_UP = "case_follow_up";

    private static final List<String> BOTH = List.of("fa", "en");
    private static final LocalizedText THANK_YOU = t("از وقتی که گذاشتید سپاسگزاریم. نظر شما به ما کمک می‌کند بهتر شویم.",
            "Thank you for your time. Your feedback helps us get better.");

    private static final List<SurveyTemplate> ALL = List.of(postPurchaseNps(), supportCsat(), selfServiceCes(), onboarding(),
            caseFollowUp());

    private SurveyTemplates() {
    }

    public static List<SurveyTemplate> all() {
        return ALL;
    }

    public static Optional<SurveyTemplate> find(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * The template's request under another name (null or blank: the template's own name in
     * {@code language}); a new survey made from it is a draft.
     */
    static SurveyRequest requestFor(SurveyTemplate template, String name, String language) {
        SurveyRequest r = template.request();
        String chosen = name == null || name.isBlank() ? template.name().in(language) : name;
        return new SurveyRequest(chosen, SurveyStatus.DRAFT.key(), r.languages(), r.intro(), r.thankYou(), r.questions(), r.settings());
    }

    private static SurveyTemplate postPurchaseNps() {
        return new SurveyTemplate(POST_PURCHASE_NPS,
                t("نظرسنجی پس از خرید (NPS)", "Post-purchase NPS"),
                t("احتمال پیشنهاد ما به دیگران، دلیل این امتیاز و آنچه باید بهتر شود.",
                        "Likelihood to recommend, the reason for the score, and what to improve."),
                new SurveyRequest("Post-purchase NPS", null, BOTH,
                        t("از خرید شما سپاسگزاریم. پاسخ به این چند پرسش کمتر از یک دقیقه وقت می‌گیرد.",
                                "Thank you for your purchase. These few questions take less than a minute."),
                        THANK_YOU,
                        List.of(
                                scored("nps", "nps", true, 1,
                                        t("چقدر احتمال دارد ما را به دوستان یا همکاران خود پیشنهاد کنید؟",
                                                "How likely are you to recommend us to a friend or colleague?"),
                                        t("اصلاً احتمال ندارد", "Not at all likely"),
                                        t("بسیار زیاد", "Extremely likely")),
                                text("reason", false, 1, null,
                                        t("دلیل اصلی امتیازی که دادید چیست؟", "What is the main reason for your score?")),
                                choices("improve", "multi_choice", false, 1, new ConditionRequest("nps", "<=", 6),
                                        t("به نظر شما چه چیزی را باید بهتر کنیم؟", "What should we improve?"),
                                        List.of(
                                                new Choice("delivery", t("ارسال و تحویل سفارش", "Delivery")),
                                                new Choice("price", t("قیمت", "Price")),
                                                new Choice("quality", t("کیفیت کالا", "Product quality")),
                                                new Choice("support", t("پشتیبانی", "Customer support")),
                                                new Choice("app", t("اپلیکیشن و وب‌سایت", "App and website")),
                                                new Choice("other", t("موارد دیگر", "Something else"))))),
                        null));
    }

    private static SurveyTemplate supportCsat() {
        return new SurveyTemplate(SUPPORT_CSAT,
                t("رضایت از پشتیبانی (CSAT)", "Support satisfaction (CSAT)"),
                t("رضایت از پشتیبانی، حل شدن یا نشدن مشکل و آنچه تجربه را بهتر می‌کرد.",
                        "Satisfaction with support, whether the issue was resolved, and what would have helped."),
                new SurveyRequest("Support satisfaction (CSAT)", null, BOTH,
                        t("چند لحظه وقت بگذارید و درباره تماس اخیرتان با پشتیبانی به ما بگویید.",
                                "Please take a moment to tell us about your recent contact with our support team."),
                        THANK_YOU,
                        List.of(
                                scored("csat", "csat", true, 1,
                                        t("چقدر از پشتیبانی‌ای که دریافت کردید راضی هستید؟",
                                                "How satisfied are you with the support you received?"),
                                        t("بسیار ناراضی", "Very dissatisfied"),
                                        t("بسیار راضی", "Very satisfied")),
                                new QuestionRequest("resolved", "yes_no", t("آیا مشکل شما حل شد؟", "Was your issue resolved?"),
                                        true, null, null, null, 1, null, null, null),
                                text("better", false, 1, new ConditionRequest("csat", "<=", 3),
                                        t("چه چیزی می‌توانست تجربه شما را بهتر کند؟",
                                                "What could have made your experience better?"))),
                        null));
    }

    private static SurveyTemplate selfServiceCes() {
        return new SurveyTemplate(SELF_SERVICE_CES,
                t("سهولت انجام کار در خدمات آنلاین (CES)", "Self-service effort (CES)"),
                t("انجام کار بدون کمک پشتیبانی برای مشتری چقدر آسان بود و چه چیزی آن را دشوار کرد.",
                        "How easy it was to get things done without help, and what made it hard."),
                new SurveyRequest("Self-service effort (CES)", null, BOTH, null, THANK_YOU,
                        List.of(
                                scored("ces", "ces", true, 1,
                                        t("انجام کاری که می‌خواستید چقدر برایتان آسان بود؟",
                                                "How easy was it to get done what you wanted?"),
                                        t("بسیار دشوار", "Very difficult"),
                                        t("بسیار آسان", "Very easy")),
                                text("effort_reason", false, 1, null,
                                        t("چه چیزی کار را برایتان دشوار کرد یا می‌توانست آن را آسان‌تر کند؟",
                                                "What made it difficult, or what could have made it easier?"))),
                        null));
    }

    private static SurveyTemplate onboarding() {
        return new SurveyTemplate(ONBOARDING,
                t("نظرسنجی مشتریان تازه", "Onboarding"),
                t("آسانی ثبت‌نام، راه آشنایی با ما و آنچه مشتریان تازه از ما می‌خواهند؛ در دو صفحه.",
                        "Ease of sign-up, how new customers found you, and what they want to do; on two pages."),
                new SurveyRequest("Onboarding", null, BOTH,
                        t("خوش آمدید! با پاسخ به چند پرسش کوتاه کمک کنید تجربه بهتری برایتان بسازیم.",
                                "Welcome! Help us make your experience better by answering a few short questions."),
                        THANK_YOU,
                        List.of(
                                new QuestionRequest("signup_ease", "rating",
                                        t("ثبت‌نام چقدر آسان بود؟", "How easy was it to sign up?"), true, null, null, 5, 1, null,
                                        t("بسیار دشوار", "Very difficult"), t("بسیار آسان", "Very easy")),
                                choices("heard_from", "single_choice", false, 1, null,
                                        t("از چه راهی با ما آشنا شدید؟", "How did you hear about us?"),
                                        List.of(
                                                new Choice("search", t("موتور جستجو", "A search engine")),
                                                new Choice("social", t("شبکه‌های اجتماعی", "Social media")),
                                                new Choice("friend", t("معرفی دوستان و آشنایان", "A friend or relative")),
                                                new Choice("ads", t("تبلیغات", "An advertisement")),
                                                new Choice("store", t("فروشگاه حضوری", "One of our stores")),
                                                new Choice("other", t("راه دیگر", "Another way")))),
                                choices("goals", "multi_choice", false, 2, null,
                                        t("دوست دارید چه کارهایی را با ما انجام دهید؟", "What would you like to do with us?"),
                                        List.of(
                                                new Choice("buy", t("خرید کالا", "Buy products")),
                                                new Choice("compare", t("مقایسه قیمت‌ها", "Compare prices")),
                                                new Choice("track", t("پیگیری سفارش‌ها", "Track my orders")),
                                                new Choice("offers", t("باخبر شدن از تخفیف‌ها", "Hear about offers")),
                                                new Choice("support", t("دریافت پشتیبانی", "Get support")))),
                                text("comments", false, 2, null,
                                        t("پیشنهاد یا نکته دیگری هست که بخواهید به ما بگویید؟",
                                                "Is there anything else you would like to tell us?"))),
                        null));
    }

    private static SurveyTemplate caseFollowUp() {
        return new SurveyTemplate(CASE_FOLLOW_UP,
                t("پیگیری پس از رسیدگی به درخواست", "Case follow-up"),
                t("پس از رسیدگی به درخواست مشتری می‌پرسد آیا مشکلش حل شد، چقدر راضی است و چه نکته‌ای دارد.",
                        "Asked once a customer's case is resolved: was the problem solved, how satisfied they are, and anything to add."),
                new SurveyRequest("Case follow-up", null, BOTH,
                        t("به‌تازگی به درخواست شما رسیدگی کردیم. لطفاً به ما بگویید نتیجه چه شد.",
                                "We recently worked on a request of yours. Please tell us how it turned out."),
                        THANK_YOU,
                        List.of(
                                new QuestionRequest("solved", "yes_no", t("آیا مشکل شما حل شد؟", "Was your problem solved?"),
                                        true, null, null, null, 1, null, null, null),
                                scored("csat", "csat", true, 1,
                                        t("چقدر از رسیدگی ما به درخواستتان راضی هستید؟",
                                                "How satisfied are you with how we handled your request?"),
                                        t("بسیار ناراضی", "Very dissatisfied"),
                                        t("بسیار راضی", "Very satisfied")),
                                text("comment", false, 1, null,
                                        t("نکته دیگری هست که بخواهید به ما بگویید؟",
                                                "Is there anything else you would like to tell us?"))),
                        null));
    }

    private static QuestionRequest scored(String key, String type, boolean required, int page, LocalizedText text,
                                          LocalizedText low, LocalizedText high) {
        return new QuestionRequest(key, type, text, required, null, null, null, page, null, low, high);
    }

    private static QuestionRequest text(String key, boolean required, int page, ConditionRequest showIf, LocalizedText text) {
        return new QuestionRequest(key, "text", text, required, showIf, null, null, page, 2000, null, null);
    }

    private static QuestionRequest choices(String key, String type, boolean required, int page, ConditionRequest showIf,
                                           LocalizedText text, List<Choice> choices) {
        return new QuestionRequest(key, type, text, required, showIf, choices, null, page, null, null, null);
    }

    private static LocalizedText t(String fa, String en) {
        return new LocalizedText(fa, en);
    }
}
