package org.hamsafar.demo;

import static org.hamsafar.demo.DemoStageBuilder.stage;

import java.util.List;
import org.hamsafar.journeys.maps.JourneyMapDraft;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyStage;

/**
 * The demo company's journey maps, in Persian. Every touchpoint is one the demo's events really
 * record ({@link DemoEventGenerator}: channel, event type and touchpoint key), so that live data
 * can be laid over the maps; the surveys are the demo's surveys where they are asked. The pain
 * points are the problems built into the demo's data: app payments fail four times as often as web
 * payments, deliveries are late (most in the rush before Nowruz), support callers call again.
 */
final class DemoJourneyMaps {
    static final String PURCHASE = "خرید آنلاین";
    static final String PURCHASE_FUTURE = "خرید آنلاین (وضعیت آینده)";
    static final String SUPPORT = "پشتیبانی";
    static final String ONBOARDING = "آشنایی و اولین خرید";

    private DemoJourneyMaps() {
    }

    /** The persona and survey ids the maps link to. */
    record Links(long appShopper, long supportCaller, long newcomer, DemoSurveys.Ids surveys) {
    }

    static List<JourneyMapDraft> all(Links links) {
        return List.of(purchase(links), purchaseFuture(links), support(links), onboarding(links));
    }

    static JourneyMapDraft purchase(Links links) {
        long nps = links.surveys().nps().id();
        long ces = links.surveys().ces().id();
        return new JourneyMapDraft(PURCHASE, JourneyMapType.CURRENT_STATE, links.appShopper(),
                "خرید یک کالا از اپ یا وب‌سایت و رسیدن آن به خانه، بدون دردسر",
                "از اولین کلیک روی تبلیغ تا نظر دادن پس از تحویل؛ وب‌سایت، اپلیکیشن، ایمیل، پیامک و پیک", List.of(
                stage("discover", "آشنایی و ورود")
                        .goals("پیدا کردن پیشنهادی که به کارش بیاید")
                        .actions("روی لینک خبرنامه یا پیامک تبلیغاتی می‌زند", "اپ یا وب‌سایت را باز می‌کند")
                        .touch("email", "email_clicked", "newsletter", "خبرنامه")
                        .touch("sms", "sms_clicked", "promo_sms", "پیامک تبلیغاتی")
                        .touch("web", "page_view", "home", "صفحه‌ی اول وب‌سایت")
                        .touch("app", "app_opened", "home", "صفحه‌ی اول اپ")
                        .thoughts("این تخفیف واقعی است یا فقط تبلیغ؟")
                        .emotion(1)
                        .pains("پیامک‌های تبلیغاتی زیاد و نامرتبط", "لینک تبلیغ به صفحه‌ی اول می‌رود، نه به خود کالا")
                        .opportunities("پیشنهاد شخصی بر اساس خریدهای قبلی", "لینک مستقیم به کالای تبلیغ‌شده")
                        .owners("تیم بازاریابی")
                        .kpis("نرخ کلیک خبرنامه", "نرخ ورود از پیامک")
                        .build(false),
                stage("browse", "جستجو و مقایسه")
                        .goals("پیدا کردن کالای مناسب با قیمت خوب")
                        .actions("چند کالا را می‌بیند و مقایسه می‌کند")
                        .touch("web", "product_view", "product_page", "صفحه‌ی کالا در وب")
                        .touch("app", "product_view", "product_page", "صفحه‌ی کالا در اپ")
                        .thoughts("عکس‌ها واقعی‌اند؟ نظر بقیه چیست؟")
                        .emotion(1)
                        .pains("عکس کالا با کالای واقعی فرق دارد", "نظرهای خریداران کم و بی‌عکس است")
                        .opportunities("نظرهای واقعی خریداران با عکس", "مقایسه‌ی کنار هم دو کالا")
                        .owners("تیم محصول")
                        .kpis("نرخ افزودن به سبد")
                        .build(false),
                stage("cart", "سبد خرید")
                        .goals("دانستن قیمت نهایی پیش از پرداخت")
                        .actions("کالا را به سبد اضافه می‌کند")
                        .touch("web", "add_to_cart", "cart", "سبد خرید وب")
                        .touch("app", "add_to_cart", "cart", "سبد خرید اپ")
                        .thoughts("هزینه‌ی ارسال چقدر می‌شود؟")
                        .emotion(0)
                        .pains("هزینه‌ی ارسال تا مرحله‌ی آخر معلوم نیست")
                        .opportunities("نمایش هزینه و زمان ارسال در خود سبد")
                        .owners("تیم محصول")
                        .kpis("نرخ رها کردن سبد")
                        .build(false),
                stage("checkout", "پرداخت")
                        .goals("پرداخت یک‌باره و مطمئن")
                        .actions("اطلاعات ارسال را وارد می‌کند", "با کارت یا کیف پول پرداخت می‌کند")
                        .touch("web", "checkout_started", "checkout", ces, "تسویه حساب در وب")
                        .touch("app", "checkout_started", "checkout", "تسویه حساب در اپ")
                        .touch("app", "payment_failed", "payment", ces, "خطای درگاه پرداخت در اپ")
                        .thoughts("پول از حسابم کم شد ولی سفارش ثبت نشد!")
                        .emotion(-2)
                        .pains("خطای درگاه در اپ: ۱۶٪ پرداخت‌ها در برابر ۴٪ در وب‌سایت",
                                "پول کم می‌شود ولی سفارش ثبت نمی‌شود",
                                "برگشت پول چند روز طول می‌کشد و کسی خبر نمی‌دهد")
                        .opportunities("درگاه پشتیبان و تلاش دوباره‌ی خودکار در اپ", "برگشت خودکار وجه با پیامک اطلاع‌رسانی")
                        .owners("تیم پرداخت", "تیم اپلیکیشن")
                        .kpis("نرخ موفقیت پرداخت در اپ", "امتیاز CES پرداخت")
                        .build(false),
                stage("confirm", "تأیید سفارش")
                        .goals("مطمئن شدن از ثبت سفارش")
                        .actions("ایمیل تأیید سفارش را باز می‌کند")
                        .touch("web", "purchase", "checkout", nps, "ثبت سفارش در وب")
                        .touch("app", "purchase", "checkout", nps, "ثبت سفارش در اپ")
                        .touch("email", "email_opened", "order_confirmation", "ایمیل تأیید سفارش")
                        .thoughts("خوب شد، بالاخره ثبت شد")
                        .emotion(1)
                        .pains("ایمیل تأیید گاهی دیر می‌رسد")
                        .opportunities("پیامک تأیید فوری با زمان تقریبی تحویل")
                        .owners("تیم فروش آنلاین")
                        .kpis("NPS پس از خرید")
                        .build(false),
                stage("delivery", "ارسال و تحویل")
                        .goals("رسیدن سالم و به‌موقع سفارش")
                        .actions("پیامک ارسال را می‌بیند", "منتظر پیک می‌ماند")
                        .touch("sms", "sms_delivered", "shipping_update", "پیامک ارسال سفارش")
                        .touch("other", "delivery_completed", "delivery", nps, "تحویل توسط پیک")
                        .thoughts("کی می‌رسد؟ کد رهگیری که کار نمی‌کند")
                        .emotion(-1)
                        .pains("تأخیر ارسال، به‌ویژه در شلوغی پیش از نوروز", "کد رهگیری کار نمی‌کند",
                                "بسته گاهی با جعبه‌ی آسیب‌دیده می‌رسد")
                        .opportunities("انتخاب بازه‌ی دوساعته‌ی تحویل", "هشدار پیش‌دستانه‌ی تأخیر همراه با کد تخفیف")
                        .owners("تیم ارسال و پیک")
                        .kpis("درصد تحویل دیرتر از موعد", "NPS پس از تحویل")
                        .build(false),
                stage("review", "نظر دادن")
                        .goals("گفتن تجربه‌اش به دیگران")
                        .actions("در اینستاگرام درباره‌ی خرید می‌نویسد")
                        .touch("social", "review_posted", "instagram", "نظر در اینستاگرام")
                        .thoughts("بقیه هم باید بدانند")
                        .emotion(0)
                        .pains("نظرهای منفی در اینستاگرام بی‌پاسخ می‌ماند")
                        .opportunities("پاسخ سریع به نظرهای شبکه‌های اجتماعی و پیگیری ناراضیان")
                        .owners("تیم شبکه‌های اجتماعی")
                        .kpis("نسبت نظرهای مثبت به منفی")
                        .build(false)));
    }

    /** The same journey as it is meant to be: the same stage ids, so that it compares stage by stage with the current state. */
    static JourneyMapDraft purchaseFuture(Links links) {
        long nps = links.surveys().nps().id();
        long ces = links.surveys().ces().id();
        return new JourneyMapDraft(PURCHASE_FUTURE, JourneyMapType.FUTURE_STATE, links.appShopper(),
                "خریدی که در چند دقیقه تمام می‌شود و سفارشی که سر وقت می‌رسد",
                "همان مسیر خرید آنلاین، پس از درگاه پشتیبان، شفافیت هزینه‌ی ارسال و تحویل زمان‌بندی‌شده", List.of(
                stage("discover", "آشنایی و ورود")
                        .goals("پیدا کردن پیشنهادی که به کارش بیاید")
                        .actions("روی پیشنهاد شخصی در پیامک یا خبرنامه می‌زند و مستقیم به کالا می‌رسد")
                        .touch("email", "email_clicked", "newsletter", "خبرنامه")
                        .touch("sms", "sms_clicked", "promo_sms", "پیامک تبلیغاتی")
                        .touch("app", "app_opened", "home", "صفحه‌ی اول اپ")
                        .thoughts("دقیقاً همان چیزی است که دنبالش بودم")
                        .emotion(2)
                        .opportunities("پیشنهاد شخصی بر اساس خریدهای قبلی", "لینک مستقیم به کالای تبلیغ‌شده")
                        .owners("تیم بازاریابی")
                        .kpis("نرخ کلیک خبرنامه", "نرخ ورود از پیامک")
                        .build(false),
                stage("browse", "جستجو و مقایسه")
                        .goals("پیدا کردن کالای مناسب با قیمت خوب")
                        .actions("نظرهای عکس‌دار خریداران را می‌خواند و دو کالا را کنار هم مقایسه می‌کند")
                        .touch("web", "product_view", "product_page", "صفحه‌ی کالا در وب")
                        .touch("app", "product_view", "product_page", "صفحه‌ی کالا در اپ")
                        .thoughts("با این عکس‌ها خیالم راحت است")
                        .emotion(1)
                        .opportunities("نظرهای واقعی خریداران با عکس", "مقایسه‌ی کنار هم دو کالا")
                        .owners("تیم محصول")
                        .kpis("نرخ افزودن به سبد")
                        .build(false),
                stage("cart", "سبد خرید")
                        .goals("دانستن قیمت نهایی پیش از پرداخت")
                        .actions("هزینه و زمان ارسال را در سبد می‌بیند")
                        .touch("web", "add_to_cart", "cart", "سبد خرید وب")
                        .touch("app", "add_to_cart", "cart", "سبد خرید اپ")
                        .thoughts("قیمت نهایی روشن است")
                        .emotion(1)
                        .opportunities("یادآوری سبد رهاشده با پیامک")
                        .owners("تیم محصول")
                        .kpis("نرخ رها کردن سبد")
                        .build(false),
                stage("checkout", "پرداخت")
                        .goals("پرداخت یک‌باره و مطمئن")
                        .actions("با یک لمس پرداخت می‌کند؛ اگر درگاه خطا بدهد، اپ خودش با درگاه پشتیبان دوباره تلاش می‌کند")
                        .touch("web", "checkout_started", "checkout", ces, "تسویه حساب در وب")
                        .touch("app", "checkout_started", "checkout", ces, "تسویه حساب در اپ")
                        .thoughts("چه سریع تمام شد")
                        .emotion(1)
                        .pains("برگشت پول در موارد نادر هنوز یک روز کاری طول می‌کشد")
                        .opportunities("پرداخت با یک لمس برای کارت‌های ذخیره‌شده")
                        .owners("تیم پرداخت", "تیم اپلیکیشن")
                        .kpis("نرخ موفقیت پرداخت در اپ بالای ۹۷٪", "امتیاز CES پرداخت")
                        .build(false),
                stage("confirm", "تأیید سفارش")
                        .goals("مطمئن شدن از ثبت سفارش")
                        .actions("پیامک تأیید فوری را با زمان تحویل می‌بیند")
                        .touch("web", "purchase", "checkout", nps, "ثبت سفارش در وب")
                        .touch("app", "purchase", "checkout", nps, "ثبت سفارش در اپ")
                        .touch("email", "email_opened", "order_confirmation", "ایمیل تأیید سفارش")
                        .thoughts("می‌دانم کی می‌رسد")
                        .emotion(2)
                        .owners("تیم فروش آنلاین")
                        .kpis("NPS پس از خرید")
                        .build(false),
                stage("delivery", "ارسال و تحویل")
                        .goals("رسیدن سالم و به‌موقع سفارش")
                        .actions("بازه‌ی دوساعته‌ی تحویل را انتخاب می‌کند", "پیک در همان بازه می‌رسد")
                        .touch("sms", "sms_delivered", "shipping_update", "پیامک ارسال سفارش")
                        .touch("other", "delivery_completed", "delivery", nps, "تحویل توسط پیک")
                        .thoughts("سر وقت رسید")
                        .emotion(1)
                        .pains("بسته گاهی با جعبه‌ی آسیب‌دیده می‌رسد")
                        .opportunities("بسته‌بندی مقاوم برای کالای شکستنی")
                        .owners("تیم ارسال و پیک")
                        .kpis("درصد تحویل دیرتر از موعد زیر ۵٪", "NPS پس از تحویل")
                        .build(false),
                stage("review", "نظر دادن")
                        .goals("گفتن تجربه‌اش به دیگران")
                        .actions("از تجربه‌اش در اینستاگرام تعریف می‌کند")
                        .touch("social", "review_posted", "instagram", "نظر در اینستاگرام")
                        .thoughts("دوباره از همین‌جا می‌خرم")
                        .emotion(1)
                        .opportunities("دعوت از خریداران راضی به باشگاه مشتریان")
                        .owners("تیم شبکه‌های اجتماعی")
                        .kpis("نسبت نظرهای مثبت به منفی")
                        .build(false)));
    }

    static JourneyMapDraft support(Links links) {
        long csat = links.surveys().csat().id();
        long ces = links.surveys().ces().id();
        return new JourneyMapDraft(SUPPORT, JourneyMapType.SERVICE_BLUEPRINT, links.supportCaller(),
                "حل مشکل پرداخت یا تأخیر ارسال با یک تماس، و پس گرفتن اعتماد مشتری",
                "از بروز مشکل پرداخت یا تأخیر تا بستن پرونده؛ تلفن، گفتگوی آنلاین، فرم پشتیبانی و شبکه‌های اجتماعی", List.of(
                stage("problem", "بروز مشکل")
                        .goals("فهمیدن این‌که چه شده و پولش کجاست")
                        .actions("می‌بیند پرداخت خطا داد یا سفارش دیر کرده است")
                        .touch("app", "payment_failed", "payment", "خطای درگاه پرداخت در اپ")
                        .touch("other", "delivery_completed", "delivery", "تحویل دیرهنگام")
                        .thoughts("پولم چه شد؟ سفارشم کجاست؟")
                        .emotion(-2)
                        .evidence("پیام خطای درگاه", "پیامک برداشت از حساب", "سفارشی که نرسیده")
                        .frontstage("پیام خطای اپ، بدون راهنمای قدم بعدی")
                        .backstage("درگاه بانکی پاسخ نمی‌دهد (timeout)", "سامانه‌ی پیک وضعیت سفارش را به‌روز نمی‌کند")
                        .support("درگاه پرداخت بانکی", "سامانه‌ی شرکت پیک")
                        .pains("مشتری نمی‌داند چه کند و به چه کسی بگوید")
                        .opportunities("پیام خطا با دکمه‌ی «پیگیری پرداخت»", "پیامک خودکار وقتی تحویل از موعد گذشت")
                        .owners("تیم پرداخت", "تیم ارسال و پیک")
                        .kpis("نرخ خطای پرداخت", "درصد تحویل دیرتر از موعد")
                        .build(true),
                stage("contact", "تماس با پشتیبانی")
                        .goals("رسیدن سریع به یک کارشناس")
                        .actions("به پشتیبانی زنگ می‌زند، گفتگوی آنلاین را باز می‌کند یا فرم پشتیبانی را پر می‌کند")
                        .touch("phone", "call_ended", "support_line", csat, "تماس با خط پشتیبانی")
                        .touch("chat", "chat_message", "live_chat", csat, "گفتگوی آنلاین")
                        .touch("web", "ticket_opened", "support_form", ces, "فرم پشتیبانی در وب")
                        .thoughts("چرا این‌قدر باید پشت خط بمانم؟")
                        .emotion(-1)
                        .evidence("منوی تلفن گویا", "پنجره‌ی گفتگوی آنلاین", "ایمیل ثبت درخواست")
                        .frontstage("کارشناس پاسخ می‌دهد و شماره‌ی سفارش را می‌پرسد")
                        .backstage("کارشناس سفارش و تراکنش را در پنل جستجو می‌کند", "برای پرونده اولویت و تیم تعیین می‌شود")
                        .support("سامانه‌ی مدیریت ارتباط با مشتری (CRM)", "گزارش تراکنش‌های درگاه", "مسیریابی پرونده‌ها به تیم‌ها")
                        .pains("انتظار طولانی پشت خط", "باید شماره‌ی سفارش را چند بار تکرار کند")
                        .opportunities("شناسایی خودکار تماس‌گیرنده و آخرین سفارشش", "تماس برگشتی به‌جای انتظار پشت خط")
                        .owners("تیم پشتیبانی")
                        .kpis("میانگین زمان انتظار", "CSAT پشتیبانی")
                        .build(true),
                stage("resolve", "پیگیری و حل مشکل")
                        .goals("پس گرفتن پول یا رسیدن سفارش")
                        .actions("منتظر خبر می‌ماند و اگر خبری نشود دوباره تماس می‌گیرد")
                        .touch("phone", "call_ended", "support_line", csat, "تماس دوباره")
                        .touch("chat", "chat_message", "live_chat", csat, "پیگیری در گفتگوی آنلاین")
                        .thoughts("باز هم باید زنگ بزنم؟")
                        .emotion(-1)
                        .evidence("پیامک پیگیری", "شماره‌ی پرونده")
                        .frontstage("کارشناس وعده‌ی پیگیری می‌دهد و زمان پاسخ را می‌گوید")
                        .backstage("پرونده به تیم مالی یا ارسال ارجاع می‌شود", "درخواست برگشت وجه به بانک فرستاده می‌شود")
                        .support("تیم مالی", "تیم ارسال و پیک", "زمان‌بندی پاسخ (SLA) پرونده‌ها")
                        .pains("مشکل در اولین تماس حل نمی‌شود و مشتری دوباره تماس می‌گیرد", "مشتری از وضعیت پرونده خبر ندارد")
                        .opportunities("اختیار برگشت وجه برای کارشناس خط اول", "پیامک خودکار در هر تغییر وضعیت پرونده")
                        .owners("تیم مالی", "تیم ارسال و پیک")
                        .kpis("نرخ حل در اولین تماس", "درصد پرونده‌های خارج از زمان پاسخ")
                        .build(true),
                stage("followup", "پس از حل مشکل")
                        .goals("این‌که دیگر تکرار نشود")
                        .actions("درباره‌ی تجربه‌اش در اینستاگرام می‌نویسد")
                        .touch("social", "review_posted", "instagram", "نظر در اینستاگرام")
                        .thoughts("حل شد، ولی خیلی طول کشید")
                        .emotion(0)
                        .evidence("نظر در اینستاگرام", "نظرسنجی پیگیری")
                        .frontstage("تیم شبکه‌های اجتماعی به نظر پاسخ می‌دهد")
                        .backstage("پرونده بسته و نظرسنجی پیگیری فرستاده می‌شود")
                        .support("قانون هشدار «پیگیری ناراضیان»", "گزارش بستن حلقه")
                        .pains("نظر منفی بی‌پاسخ می‌ماند")
                        .opportunities("تماس پیگیری با ناراضیان در ۴۸ ساعت")
                        .owners("تیم تجربه‌ی مشتری")
                        .kpis("نرخ بستن حلقه", "بازگشت ناراضیان به خرید")
                        .build(true)));
    }

    static JourneyMapDraft onboarding(Links links) {
        long onboarding = links.surveys().onboarding().id();
        return new JourneyMapDraft(ONBOARDING, JourneyMapType.DAY_IN_THE_LIFE, links.newcomer(),
                "اولین روز آشنایی با فروشگاه تا اولین خرید و رسیدن آن",
                "یک روز از زندگی مشتری تازه‌وارد: از دیدن تبلیغ در راه دانشگاه تا رسیدن اولین سفارش", List.of(
                stage("morning", "صبح: دیدن تبلیغ در راه دانشگاه")
                        .goals("پیدا کردن تخفیف برای خرید لباس")
                        .actions("پیامک تبلیغاتی یا خبرنامه را باز می‌کند و روی لینک می‌زند")
                        .touch("sms", "sms_clicked", "promo_sms", "پیامک تبلیغاتی")
                        .touch("email", "email_clicked", "newsletter", "خبرنامه")
                        .thoughts("تخفیف دانشجویی هم دارند؟")
                        .emotion(1)
                        .pains("لینک تبلیغ به صفحه‌ی اول می‌رود، نه به کالای تبلیغ‌شده")
                        .opportunities("لینک مستقیم به کالا همراه با کد تخفیف اولین خرید")
                        .owners("تیم بازاریابی")
                        .kpis("نرخ کلیک تبلیغ")
                        .build(false),
                stage("first_visit", "ظهر: اولین بازدید از وب‌سایت")
                        .goals("دیدن قیمت‌ها و نظرهای دیگران")
                        .actions("بین کلاس‌ها وب‌سایت را در گوشی می‌گردد")
                        .touch("web", "page_view", "home", "صفحه‌ی اول وب‌سایت")
                        .touch("web", "product_view", "product_page", "صفحه‌ی کالا")
                        .thoughts("قیمت‌ها خوب است، ولی این فروشگاه قابل اعتماد است؟")
                        .emotion(0)
                        .pains("برای دیدن قیمت نهایی باید ثبت‌نام کند")
                        .opportunities("خرید مهمان تا مرحله‌ی پرداخت", "نشان اعتماد و نظرهای خریداران در صفحه‌ی اول")
                        .owners("تیم محصول")
                        .kpis("نرخ بازگشت بازدیدکنندگان تازه")
                        .build(false),
                stage("app_install", "عصر: نصب اپ")
                        .goals("راحت‌تر خرید کردن با گوشی")
                        .actions("اپ را نصب و ثبت‌نام می‌کند")
                        .touch("app", "app_opened", "home", "صفحه‌ی اول اپ")
                        .thoughts("چرا کد تأیید نمی‌آید؟")
                        .emotion(-1)
                        .pains("فرم ثبت‌نام طولانی", "کد تأیید پیامکی دیر می‌رسد")
                        .opportunities("ورود با شماره‌ی موبایل در یک مرحله")
                        .owners("تیم اپلیکیشن")
                        .kpis("نرخ تکمیل ثبت‌نام")
                        .build(false),
                stage("first_purchase", "شب: اولین خرید")
                        .goals("خرید اول بدون ریسک")
                        .actions("کالا را به سبد اضافه می‌کند و پرداخت می‌کند")
                        .touch("app", "add_to_cart", "cart", "سبد خرید اپ")
                        .touch("app", "checkout_started", "checkout", "تسویه حساب در اپ")
                        .touch("app", "purchase", "checkout", onboarding, "ثبت اولین سفارش و نظرسنجی آشنایی")
                        .thoughts("هزینه‌ی ارسال از کجا آمد؟")
                        .emotion(-1)
                        .pains("هزینه‌ی ارسال در مرحله‌ی آخر اضافه می‌شود", "خطای درگاه پرداخت در اپ")
                        .opportunities("ارسال رایگان اولین خرید", "نظرسنجی کوتاه آشنایی درست پس از خرید")
                        .owners("تیم فروش آنلاین", "تیم پرداخت")
                        .kpis("نرخ تبدیل اولین بازدید به خرید", "امتیاز آسانی ثبت‌نام و اولین خرید")
                        .build(false),
                stage("confirmation", "شب: تأیید و انتظار")
                        .goals("مطمئن شدن از ثبت سفارش")
                        .actions("ایمیل تأیید و پیامک ارسال را می‌خواند")
                        .touch("email", "email_opened", "order_confirmation", "ایمیل تأیید سفارش")
                        .touch("sms", "sms_delivered", "shipping_update", "پیامک ارسال سفارش")
                        .thoughts("خیالم راحت شد")
                        .emotion(1)
                        .opportunities("راهنمای کوتاه «بعد از خرید چه می‌شود» در ایمیل تأیید")
                        .owners("تیم فروش آنلاین")
                        .kpis("نرخ باز شدن ایمیل تأیید")
                        .build(false),
                stage("arrival", "چند روز بعد: رسیدن سفارش")
                        .goals("رسیدن سفارش وقتی خانه است")
                        .actions("سفارش را از پیک تحویل می‌گیرد")
                        .touch("other", "delivery_completed", "delivery", "تحویل توسط پیک")
                        .thoughts("همانی بود که می‌خواستم")
                        .emotion(1)
                        .pains("نمی‌داند پیک چه ساعتی می‌آید")
                        .opportunities("پیامک زمان دقیق رسیدن پیک", "کد تخفیف دومین خرید در بسته")
                        .owners("تیم ارسال و پیک")
                        .kpis("نرخ خرید دوم در ۳۰ روز")
                        .build(false)));
    }
}
