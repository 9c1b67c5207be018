package org.hamsafar.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hamsafar.feedback.Choice;
import org.hamsafar.feedback.LocalizedText;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyRequest;
import org.hamsafar.feedback.SurveyRequest.ConditionRequest;
import org.hamsafar.feedback.SurveyRequest.QuestionRequest;
import org.hamsafar.feedback.SurveyRequest.SettingsRequest;
import org.hamsafar.shared.Page;

/**
 * The demo company's four active surveys, in Persian and English: NPS after a purchase or a
 * delivery (with 1-5 ratings of delivery, quality, prices and checkout beside it), CSAT after a support call or chat, CES after self-service (checkout, the support form),
 * and a two-page onboarding survey for new customers. Question keys and option ids are constants
 * because the response generator answers them.
 */
final class DemoSurveys {
    static final String NPS_NAME = "Post-purchase NPS";
    static final String CSAT_NAME = "Support CSAT";
    static final String CES_NAME = "Self-service CES";
    static final String ONBOARDING_NAME = "Onboarding";
    /** Improvement areas of the NPS survey, asked when the score is 6 or lower. */
    static final List<String> IMPROVE = List.of("delivery", "payment", "price", "quality", "support", "app", "other");
    static final List<String> HEARD_FROM = List.of("friend", "social", "search", "ads", "store", "other");
    static final List<String> SHOPS_FOR = List.of("electronics", "fashion", "home", "beauty", "books", "sports", "kids", "gifts");
    /** Invite a customer to one survey at most once a month; links last two weeks; one reminder after three days. */
    private static final SettingsRequest SETTINGS = new SettingsRequest(30, null, 3, 14);
    private static final LocalizedText THANK_YOU = t("ممنون که وقت گذاشتید! نظر شما مستقیم به دست تیم ما می‌رسد.",
            "Thank you for your time! Your answers go straight to our team.");

    /** The surveys as stored: ids and the version the demo's responses answer. */
    record Ids(Survey nps, Survey csat, Survey ces, Survey onboarding) {
    }

    private DemoSurveys() {
    }

    /**
     * Finds the demo surveys (a second load into the same store: same name, same questions), creating
     * the missing ones. A user's survey that only shares a name is left alone.
     */
    static Ids ensure(SurveyCatalog catalog) {
        List<Survey> existing = new ArrayList<>();
        String cursor = null;
        do {
            Page<Survey> page = catalog.list(null, cursor, 100);
            existing.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Ids(find(catalog, existing, nps()), find(catalog, existing, csat()), find(catalog, existing, ces()),
                find(catalog, existing, onboarding()));
    }

    private static Survey find(SurveyCatalog catalog, List<Survey> existing, SurveyRequest request) {
        Optional<Survey> found = existing.stream()
                .filter(s -> s.name().equals(request.name()) && shape(s).equals(shape(request)))
                .findFirst();
        return found.orElseGet(() -> catalog.create(request));
    }

    /** What the response generator relies on: question keys, types and option ids, in order. */
    private static List<String> shape(Survey survey) {
        return survey.definition().questions().stream()
                .map(q -> q.key() + ":" + q.type().key() + ":" + q.choices().stream().map(Choice::id).toList())
                .toList();
    }

    private static List<String> shape(SurveyRequest request) {
        return request.questions().stream()
                .map(q -> q.key() + ":" + q.type() + ":" + (q.choices() == null ? List.of() : q.choices().stream().map(Choice::id).toList()))
                .toList();
    }

    static SurveyRequest nps() {
        return new SurveyRequest(NPS_NAME, "active", List.of("fa", "en"),
                t("از خریدتان ممنونیم. جواب دادن به این چند سؤال حدود یک دقیقه طول می‌کشد.",
                        "Thank you for shopping with us. These few questions take about a minute."),
                THANK_YOU,
                List.of(
                        new QuestionRequest("nps", "nps",
                                t("چقدر احتمال دارد ما را به دوستان یا همکارانتان پیشنهاد کنید؟",
                                        "How likely are you to recommend us to a friend or colleague?"),
                                true, null, null, null, 1, null,
                                t("اصلاً", "Not at all likely"), t("حتماً", "Extremely likely")),
                        driverRating(DemoDriverRatings.DELIVERY, "ارسال و تحویل سفارش (سرعت و دقت) را چطور ارزیابی می‌کنید؟",
                                "How would you rate delivery (speed and care)?"),
                        driverRating(DemoDriverRatings.QUALITY, "کیفیت کالاها را چطور ارزیابی می‌کنید؟",
                                "How would you rate the quality of the products?"),
                        driverRating(DemoDriverRatings.PRICE, "قیمت‌ها را نسبت به چیزی که می‌گیرید چطور ارزیابی می‌کنید؟",
                                "How would you rate our prices for what you get?"),
                        driverRating(DemoDriverRatings.CHECKOUT, "ثبت سفارش و پرداخت در اپ یا وب‌سایت چقدر آسان بود؟",
                                "How easy were ordering and paying in the app or on the website?"),
                        new QuestionRequest("reason", "text",
                                t("دلیل اصلی این امتیاز چیست؟", "What is the main reason for your score?"),
                                false, null, null, null, 1, 2000, null, null),
                        new QuestionRequest("improve", "multi_choice",
                                t("به نظرتان اول چه چیزی را باید بهتر کنیم؟", "What should we improve first?"),
                                false, new ConditionRequest("nps", "<=", 6), List.of(
                                        choice("delivery", "ارسال و تحویل", "Delivery"),
                                        choice("payment", "پرداخت", "Payment"),
                                        choice("price", "قیمت", "Prices"),
                                        choice("quality", "کیفیت کالا", "Product quality"),
                                        choice("support", "پشتیبانی", "Customer support"),
                                        choice("app", "اپلیکیشن و وب‌سایت", "App and website"),
                                        choice("other", "چیز دیگری", "Something else")),
                                null, 1, null, null, null)),
                SETTINGS);
    }

    static SurveyRequest csat() {
        return new SurveyRequest(CSAT_NAME, "active", List.of("fa", "en"),
                t("درباره تماس اخیرتان با پشتیبانی به ما بگویید.", "Tell us about your recent contact with our support team."),
                THANK_YOU,
                List.of(
                        new QuestionRequest("csat", "csat",
                                t("چقدر از پشتیبانی‌ای که گرفتید راضی بودید؟", "How satisfied were you with the support you received?"),
                                true, null, null, null, 1, null,
                                t("خیلی ناراضی", "Very dissatisfied"), t("خیلی راضی", "Very satisfied")),
                        new QuestionRequest("resolved", "yes_no",
                                t("مشکلتان حل شد؟", "Was your issue resolved?"),
                                true, null, null, null, 1, null, null, null),
                        new QuestionRequest("comment", "text",
                                t("چه چیزی تجربه‌تان را بهتر می‌کرد؟", "What would have made your experience better?"),
                                false, new ConditionRequest("csat", "<=", 3), null, null, 1, 2000, null, null)),
                SETTINGS);
    }

    static SurveyRequest ces() {
        return new SurveyRequest(CES_NAME, "active", List.of("fa", "en"), null, THANK_YOU,
                List.of(
                        new QuestionRequest("ces", "ces",
                                t("انجام کاری که می‌خواستید چقدر آسان بود؟", "How easy was it to get done what you wanted?"),
                                true, null, null, null, 1, null,
                                t("خیلی سخت", "Very difficult"), t("خیلی آسان", "Very easy")),
                        new QuestionRequest("comment", "text",
                                t("چه چیزی کار را سخت یا آسان کرد؟", "What made it hard, or easy?"),
                                false, null, null, null, 1, 2000, null, null)),
                SETTINGS);
    }

    static SurveyRequest onboarding() {
        return new SurveyRequest(ONBOARDING_NAME, "active", List.of("fa", "en"),
                t("خوش آمدید! با جواب دادن به چند سؤال کوتاه کمکمان کنید بهتر بشناسیمتان.",
                        "Welcome! Help us get to know you with a few short questions."),
                THANK_YOU,
                List.of(
                        new QuestionRequest("signup_ease", "rating",
                                t("ثبت‌نام و اولین خرید چقدر آسان بود؟", "How easy were signing up and your first order?"),
                                true, null, null, 5, 1, null, t("خیلی سخت", "Very difficult"), t("خیلی آسان", "Very easy")),
                        new QuestionRequest("heard_from", "single_choice",
                                t("از کجا با ما آشنا شدید؟", "How did you hear about us?"),
                                false, null, List.of(
                                        choice("friend", "معرفی دوستان و آشنایان", "A friend or relative"),
                                        choice("social", "شبکه‌های اجتماعی", "Social media"),
                                        choice("search", "جستجو در اینترنت", "A search engine"),
                                        choice("ads", "تبلیغات", "An advertisement"),
                                        choice("store", "فروشگاه حضوری", "One of our stores"),
                                        choice("other", "راه دیگر", "Another way")),
                                null, 1, null, null, null),
                        new QuestionRequest("shops_for", "multi_choice",
                                t("بیشتر دنبال خرید چه چیزهایی هستید؟", "What do you mostly shop for?"),
                                false, null, List.of(
                                        choice("electronics", "کالای دیجیتال", "Electronics"),
                                        choice("fashion", "پوشاک و مد", "Fashion"),
                                        choice("home", "خانه و آشپزخانه", "Home and kitchen"),
                                        choice("beauty", "آرایشی و بهداشتی", "Beauty"),
                                        choice("books", "کتاب و لوازم‌التحریر", "Books and stationery"),
                                        choice("sports", "ورزش و سفر", "Sports and travel"),
                                        choice("kids", "کودک و نوزاد", "Kids and baby"),
                                        choice("gifts", "هدیه", "Gifts")),
                                null, 2, null, null, null),
                        new QuestionRequest("comment", "text",
                                t("چیز دیگری هست که بخواهید به ما بگویید؟", "Anything else you would like to tell us?"),
                                false, null, null, null, 2, 2000, null, null)),
                SETTINGS);
    }

    /** An optional 1-5 rating of one part of the experience, the drivers that key-driver analysis weighs against the NPS score. */
    private static QuestionRequest driverRating(String key, String fa, String en) {
        return new QuestionRequest(key, "rating", t(fa, en), false, null, null, 5, 1, null, t("خیلی بد", "Very poor"), t("عالی", "Excellent"));
    }

    private static Choice choice(String id, String fa, String en) {
        return new Choice(id, t(fa, en));
    }

    private static LocalizedText t(String fa, String en) {
        return new LocalizedText(fa, en);
    }
}
