package org.hamsafar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {
    private final Formats formats = new Formats("Asia/Tehran");

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void persianDatesFollowTheJalaliCalendarWithPersianDigits() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));

        // Nowruz 1405 began on 21 March 2026 (Gregorian); 10:00 UTC is 13:30 in Tehran.
        String nowruz = formats.date(Instant.parse("2026-03-21T10:00:00Z"));
        // 22 November 2026 is 1 Azar 1405.
        String azar = formats.date(Instant.parse("2026-11-22T08:00:00Z"));

        assertThat(nowruz).contains("۱۴۰۵").contains("فروردین").contains("۱");
        assertThat(azar).contains("۱۴۰۵").contains("آذر");
        assertThat(nowruz).doesNotContainPattern("[0-9]");
    }

    @Test
    void englishDatesAreGregorianWithAsciiDigits() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        String date = formats.date(Instant.parse("2026-03-21T10:00:00Z"));

        assertThat(date).isEqualTo("21 Mar 2026");
    }

    @Test
    void dateTimesUseTheDisplayTimeZone() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        // 22:00 UTC is already the next day, 01:30, in Tehran.
        String dateTime = formats.dateTime(Instant.parse("2026-03-20T22:00:00Z"));

        assertThat(dateTime).startsWith("21 Mar 2026").contains("01:30");
    }

    @Test
    void numbersUsePersianDigitsAndSeparatorsInPersian() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
        String persian = formats.number(1234567);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String english = formats.number(1234567);

        assertThat(persian).isEqualTo("۱٬۲۳۴٬۵۶۷");
        assertThat(english).isEqualTo("1,234,567");
    }

    @Test
    void digitsAreReplacedOnlyInPersian() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
        String persian = formats.digits("Error 404");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String english = formats.digits("Error 404");

        assertThat(persian).isEqualTo("Error ۴۰۴");
        assertThat(english).isEqualTo("Error 404");
    }
}
