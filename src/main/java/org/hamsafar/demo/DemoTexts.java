package org.hamsafar.demo;

import java.util.List;
import java.util.SplittableRandom;

/** What demo customers write in chats and reviews, in Persian and English, by mood. */
final class DemoTexts {
    private DemoTexts() {
    }

    static final List<String> LATE_DELIVERY_FA = List.of(
            "سفارشم سه روزه که باید می‌رسید ولی هنوز خبری نیست. کی ارسال می‌شه؟",
            "پیک امروز هم نیومد، واقعاً از این تأخیر خسته شدم",
            "کد رهگیری کار نمی‌کنه و کسی جواب نمیده",
            "بسته دیر رسید و جعبه‌اش هم له شده بود");
    static final List<String> LATE_DELIVERY_EN = List.of(
            "My order was due three days ago and still nothing. When will it ship?",
            "The courier didn't come again today, this delay is really frustrating",
            "The tracking code doesn't work and nobody answers",
            "The parcel arrived late and the box was crushed");
    static final List<String> PAYMENT_FA = List.of(
            "موقع پرداخت در اپ خطا داد ولی پول از حسابم کم شد",
            "درگاه پرداخت دوبار قطع شد، لطفاً بررسی کنید",
            "پرداخت انجام نشد ولی پیامک برداشت اومد. پولم کی برمی‌گرده؟");
    static final List<String> PAYMENT_EN = List.of(
            "The app showed an error at payment but my card was charged",
            "The payment page failed twice, please check it",
            "Payment didn't go through but I got a debit message. When do I get my money back?");
    static final List<String> HAPPY_REVIEW_FA = List.of(
            "کیفیت عالی بود، ممنون از ارسال سریع",
            "خیلی راضی بودم، بسته‌بندی تمیز و به موقع رسید",
            "پشتیبانی خیلی مودب و سریع مشکلم رو حل کرد",
            "قیمت مناسب و کیفیت خوب، باز هم خرید می‌کنم");
    static final List<String> HAPPY_REVIEW_EN = List.of(
            "Great quality and fast delivery, thank you",
            "Very happy, neat packaging and right on time",
            "Support was polite and solved my problem quickly",
            "Good price and good quality, I will buy again");
    static final List<String> UNHAPPY_REVIEW_FA = List.of(
            "بسته‌بندی خراب بود و پشتیبانی جواب نداد",
            "دیگه از این فروشگاه خرید نمی‌کنم، خیلی دیر رسید",
            "کالا با عکسش فرق داشت و مرجوعی هم سخته");
    static final List<String> UNHAPPY_REVIEW_EN = List.of(
            "Packaging was damaged and support never replied",
            "Never buying here again, it took forever to arrive",
            "The item looked nothing like the photo and returns are a pain");

    static String pick(SplittableRandom random, String language, List<String> fa, List<String> en) {
        List<String> texts = "fa".equals(language) ? fa : en;
        return texts.get(random.nextInt(texts.size()));
    }
}
