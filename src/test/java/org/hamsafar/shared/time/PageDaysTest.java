package org.hamsafar.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageDaysTest {

    @Test
    void jalaliDatesOfKnownNowruzDays() {
        // 1 Farvardin 1404 was 21 March 2025 and 1 Farvardin 1403 was 20 March 2024: 1403 was a leap year of 366 days
        assertThat(PageDays.parse("1404-01-01")).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(PageDays.parse("۱۴۰۳/۰۱/۰۱")).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(PageDays.parse("1402/12/29")).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(PageDays.parse("1403-12-30")).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(PageDays.parse("2025-11-22")).isEqualTo(LocalDate.of(2025, 11, 22));
    }

    @Test
    void showsJalaliWithPersianDigitsInPersian() {
        assertThat(PageDays.show(LocalDate.of(2025, 3, 21), true)).isEqualTo("۱۴۰۴/۰۱/۰۱");
        assertThat(PageDays.show(LocalDate.of(2025, 3, 21), false)).isEqualTo("2025-03-21");
    }

    @Test
    void refusesDaysThatDoNotExist() {
        // 1402 and 1404 are common years: their Esfand has 29 days
        assertThatThrownBy(() -> PageDays.parse("1402-12-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PageDays.parse("1404-12-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PageDays.parse("1404-07-31")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PageDays.parse("1404-13-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PageDays.parse("2025-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PageDays.parse("yesterday")).isInstanceOf(DateTimeException.class);
    }
}
