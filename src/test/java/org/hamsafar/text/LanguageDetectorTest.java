package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void persianIsPersian() {
        DetectedLanguage detected = detector.detect("سفارشم دیر رسید و غذا سرد بود، ولی پیک خیلی مودب بود");
        assertThat(detected.language()).isEqualTo(Language.FA);
        assertThat(detected.language().code()).isEqualTo("fa");
        assertThat(detected.mixed()).isFalse();
        assertThat(detected.confidence()).isGreaterThan(0.8);
    }

    @Test
    void persianTypedWithArabicYehAndKafIsStillPersian() {
        assertThat(detector.detect("اين كتاب خيلي خوب است").language()).isEqualTo(Language.FA);
    }

    @Test
    void englishIsEnglish() {
        DetectedLanguage detected = detector.detect("The delivery was late but the food was great!");
        assertThat(detected.language()).isEqualTo(Language.EN);
        assertThat(detected.mixed()).isFalse();
        assertThat(detected.confidence()).isGreaterThan(0.8);
    }

    @Test
    void arabicIsOther() {
        DetectedLanguage detected = detector.detect("أين المكتبة؟ هذا الكتاب جميل");
        assertThat(detected.language()).isEqualTo(Language.OTHER);
        assertThat(detected.confidence()).isGreaterThan(0.5);
        assertThat(detector.detect("شكرا جزيلا على الخدمة الممتازة في المطعم").language()).isEqualTo(Language.OTHER);
    }

    @Test
    void otherScriptsAreOther() {
        assertThat(detector.detect("Привет, как дела?").language()).isEqualTo(Language.OTHER);
        assertThat(detector.detect("这个产品很好").language()).isEqualTo(Language.OTHER);
    }

    @Test
    void mixedTextTakesTheMajorityAndSaysItIsMixed() {
        DetectedLanguage mostlyEnglish = detector.detect("پشتیبانی خوب بود but the app keeps crashing every day");
        assertThat(mostlyEnglish.language()).isEqualTo(Language.EN);
        assertThat(mostlyEnglish.mixed()).isTrue();

        DetectedLanguage mostlyPersian = detector.detect("اپلیکیشن شما مدام کرش می‌کند و پشتیبانی هم جواب نمی‌دهد، the app is bad");
        assertThat(mostlyPersian.language()).isEqualTo(Language.FA);
        assertThat(mostlyPersian.mixed()).isTrue();
        assertThat(mostlyPersian.confidence()).isLessThan(detector.detect("اپلیکیشن شما مدام کرش می‌کند و پشتیبانی هم جواب نمی‌دهد").confidence());

        DetectedLanguage oneLatinWord = detector.detect("سفارش خیلی دیر رسید و پشتیبانی هم جواب نداد ok");
        assertThat(oneLatinWord.language()).isEqualTo(Language.FA);
        assertThat(oneLatinWord.mixed()).isFalse();
    }

    @Test
    void textsWithoutLettersAreUnknown() {
        for (String text : new String[] {"", "   \n\t", "😍😍👍🏽", "12345 ۱۲۳", "!!! ...", "\u0000\u0007"}) {
            DetectedLanguage detected = detector.detect(text);
            assertThat(detected.language()).as(text).isEqualTo(Language.OTHER);
            assertThat(detected.confidence()).as(text).isZero();
            assertThat(detected.isUnknown()).as(text).isTrue();
            assertThat(detected.mixed()).isFalse();
        }
        assertThat(detector.detect(null).isUnknown()).isTrue();
    }

    @Test
    void shortTextsHaveLowConfidence() {
        DetectedLanguage hello = detector.detect("سلام");
        assertThat(hello.language()).isEqualTo(Language.FA);
        assertThat(hello.confidence()).isLessThan(0.5);
        assertThat(detector.detect("ok").confidence()).isLessThan(0.5);
        assertThat(detector.detect("ok 😍").isUnknown()).isFalse();
    }

    @Test
    void longTextsAndControlCharactersDoNotThrow() {
        StringBuilder raw = new StringBuilder();
        while (raw.length() < 100_000) {
            raw.append("خیلی\u0000 خوب بود\u0001 \uD800 ");
        }
        DetectedLanguage detected = detector.detect(raw.toString());
        assertThat(detected.language()).isEqualTo(Language.FA);
        assertThat(detected.confidence()).isBetween(0.0, 1.0);
    }
}
