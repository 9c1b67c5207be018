package org.hamsafar.demo;

import java.util.List;
import org.hamsafar.journeys.personas.Demographics;
import org.hamsafar.journeys.personas.PersonaDraft;
import org.hamsafar.journeys.personas.Psychographics;

/**
 * The demo company's three personas, in Persian (the company is Iranian): a busy app shopper whose
 * payments fail, an unhappy caller of the support line (tagged like the detractors the alert rule
 * tags, so the persona can be matched to real customers), and a new student customer.
 */
final class DemoPersonas {
    static final String APP_SHOPPER = "سارا، خریدار پرمشغله‌ی اپ";
    static final String SUPPORT_CALLER = "مهدی، مشتری پیگیر و ناراضی";
    static final String NEWCOMER = "نگار، دانشجوی تازه‌وارد";

    private DemoPersonas() {
    }

    static List<PersonaDraft> all() {
        return List.of(appShopper(), supportCaller(), newcomer());
    }

    static PersonaDraft appShopper() {
        return new PersonaDraft(APP_SHOPPER, null,
                new Demographics("25-34", "زن", "برنامه‌نویس", "کارشناسی ارشد", "متوسط رو به بالا", "تهران"),
                new Psychographics(
                        List.of("خرید سریع در چند دقیقه، بین دو جلسه", "پرداخت بی‌دردسر با کارت یا کیف پول",
                                "دانستن زمان دقیق رسیدن سفارش"),
                        List.of("اپلیکیشن سریع و پایدار", "پیگیری لحظه‌ای سفارش", "برگشت فوری پول وقتی پرداخت ناموفق است"),
                        List.of("خطای درگاه پرداخت در اپ در حالی که پول از حساب کم شده", "تأخیر ارسال در شلوغی پیش از نوروز",
                                "کد رهگیری‌ای که کار نمی‌کند"),
                        List.of("وقت", "شفافیت", "کیفیت"),
                        List.of("کالای دیجیتال", "پوشاک", "سفر"),
                        List.of("app", "chat", "sms")),
                "وقت ندارم دو بار پرداخت کنم؛ اگر اپ خطا بدهد، از جای دیگری می‌خرم.", null);
    }

    static PersonaDraft supportCaller() {
        return new PersonaDraft(SUPPORT_CALLER, null,
                new Demographics("45-54", "مرد", "مغازه‌دار", "دیپلم", "متوسط", "اصفهان"),
                new Psychographics(
                        List.of("حل شدن مشکل با یک تماس", "پس گرفتن پول پرداخت ناموفق"),
                        List.of("کارشناسی که تلفن را زود جواب بدهد", "یک نفر که مسئولیت پرونده را بپذیرد", "خبر گرفتن بدون تماس دوباره"),
                        List.of("انتظار طولانی پشت خط پشتیبانی", "توضیح دادن دوباره‌ی مشکل در هر تماس", "وعده‌هایی که پیگیری نمی‌شود"),
                        List.of("اعتماد", "احترام", "ارزش در برابر پول"),
                        List.of("لوازم خانه", "ابزار"),
                        List.of("phone", "store", "sms")),
                "می‌خواهم یک نفر مسئولیت مشکلم را بپذیرد، نه این‌که هر بار از اول توضیح بدهم.", "detractor");
    }

    static PersonaDraft newcomer() {
        return new PersonaDraft(NEWCOMER, null,
                new Demographics("18-24", "زن", "دانشجو", "کارشناسی", "کم", "شیراز"),
                new Psychographics(
                        List.of("پیدا کردن تخفیف‌های خوب", "اولین خرید بدون ریسک"),
                        List.of("راهنمای ساده برای ثبت‌نام و اولین خرید", "هزینه‌ی ارسال روشن از ابتدا", "نظرهای واقعی خریداران"),
                        List.of("فرم ثبت‌نام طولانی", "هزینه‌ی ارسالی که در آخرین مرحله اضافه می‌شود", "ایمیل‌های تبلیغاتی زیاد"),
                        List.of("قیمت مناسب", "سادگی", "مد"),
                        List.of("آرایشی و بهداشتی", "پوشاک", "کتاب"),
                        List.of("social", "app", "email")),
                "اول می‌خواهم مطمئن شوم؛ اگر اولین خریدم خوب باشد، باز هم برمی‌گردم.", null);
    }
}
