package org.hamsafar.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.web.ReaderFormats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats numbers and dates for the dashboard in the current language: in Persian, dates follow the
 * Solar Hijri (Jalali) calendar and digits are Persian (۰-۹); in English, the Gregorian calendar
 * and ASCII digits. Templates call it as {@code ${@fmt.date(x)}}.
 */
@Component("fmt")
public class Formats implements ReaderFormats {
    private final TimeZone zone;

    Formats(@Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone) {
        this.zone = TimeZone.getTimeZone(zone);
    }

    @Override
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getInstance(uLocale(false)).format(value);
    }

    /**
     * A number with exactly {@code decimals} fraction digits (rounded half up), so that figures in a
     * column line up: 0.60 rather than 0.6.
     */
    public String decimal(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getInstance(uLocale(false));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(com.ibm.icu.math.BigDecimal.ROUND_HALF_UP);
        return format.format(value);
    }

    public String date(Instant instant) {
        return format(instant, DateFormat.getDateInstance(DateFormat.MEDIUM, uLocale(true)));
    }

    /** A calendar day of the display time zone, as {@link #date} shows it (Jalali in fa). */
    @Override
    public String day(LocalDate day) {
        return day == null ? "" : date(day.atTime(12, 0).atZone(ZoneId.of(zone.getID())).toInstant());
    }

    public String dateTime(Instant instant) {
        return format(instant, DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, uLocale(true)));
    }

    /** Replaces ASCII digits by Persian ones in fa, for text that mixes words and numbers. */
    public String digits(Object value) {
        String text = String.valueOf(value);
        if (!persian()) {
            return text;
        }
        return Digits.persian(text);
    }

    private String format(Instant instant, DateFormat format) {
        if (instant == null) {
            return "";
        }
        format.setTimeZone(zone);
        return format.format(Date.from(instant));
    }

    private static boolean persian() {
        return "fa".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static ULocale uLocale(boolean withCalendar) {
        Locale locale = LocaleContextHolder.getLocale();
        if ("fa".equals(locale.getLanguage())) {
            return new ULocale(withCalendar ? "fa_IR@calendar=persian" : "fa_IR");
        }
        return new ULocale(withCalendar ? "en_GB@calendar=gregorian" : "en_GB");
    }
}
