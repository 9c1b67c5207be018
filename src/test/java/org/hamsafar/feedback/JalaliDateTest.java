package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JalaliDateTest {

    @Test
    void knownDatesOfTheSolarHijriCalendar() {
        // Nowruz 1404 fell on 21 March 2025; Mehr begins on 23 September (after six 31-day months:
        // 2025-03-21 + 186 days = 2025-09-23); Esfand 1403 had 30 days (1403 was a leap year).
        assertThat(JalaliDate.of(LocalDate.of(2025, 3, 21))).isEqualTo(new JalaliDate(1404, 1, 1));
        assertThat(JalaliDate.of(LocalDate.of(2025, 9, 23))).isEqualTo(new JalaliDate(1404, 7, 1));
        assertThat(JalaliDate.of(LocalDate.of(2025, 3, 20))).isEqualTo(new JalaliDate(1403, 12, 30));
        assertThat(JalaliDate.of(LocalDate.of(2026, 3, 20))).isEqualTo(new JalaliDate(1404, 12, 29));
        assertThat(JalaliDate.of(LocalDate.of(2026, 3, 21))).isEqualTo(new JalaliDate(1405, 1, 1));
    }

    @Test
    void convertsBackToTheSameDayForEveryDayOfTenYears() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        JalaliDate previous = JalaliDate.of(day.minusDays(1));
        for (int i = 0; i < 3653; i++, day = day.plusDays(1)) {
            JalaliDate jalali = JalaliDate.of(day);
            assertThat(jalali.toLocalDate()).isEqualTo(day);
            boolean nextDay = jalali.day() == previous.day() + 1 && jalali.month() == previous.month();
            assertThat(nextDay || jalali.day() == 1).as("%s follows %s", jalali, previous).isTrue();
            previous = jalali;
        }
    }

    @Test
    void labelsUseLatinDigitsAndTwoDigitMonths() {
        assertThat(new JalaliDate(1404, 7, 5)).hasToString("1404-07-05");
        assertThat(new JalaliDate(1404, 7, 5).monthLabel()).isEqualTo("1404-07");
        assertThat(new JalaliDate(1404, 12, 29).nextMonth()).isEqualTo(new JalaliDate(1405, 1, 1));
    }
}
