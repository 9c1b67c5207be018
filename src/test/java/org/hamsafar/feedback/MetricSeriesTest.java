package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MetricSeriesTest {

    private static List<String> starts(List<MetricSeries.Period> periods) {
        return periods.stream().map(p -> p.start().toString()).toList();
    }

    private static List<String> labels(List<MetricSeries.Period> periods) {
        return periods.stream().map(MetricSeries.Period::label).toList();
    }

    @Test
    void gregorianWeeksStartOnMonday() {
        // 2026-01-01 is a Thursday: its week began on Monday 2025-12-29; 2026-01-14 is in the week of 01-12.
        List<MetricSeries.Period> weeks = MetricSeries.periods(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 14),
                MetricInterval.WEEK, MetricCalendar.GREGORIAN);

        assertThat(starts(weeks)).containsExactly("2025-12-29", "2026-01-05", "2026-01-12");
        assertThat(labels(weeks)).containsExactly("2025-12-29", "2026-01-05", "2026-01-12");
        assertThat(weeks.get(0).end()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void jalaliWeeksStartOnSaturday() {
        // 2025-09-23 (1404-07-01) is a Tuesday: its week began on Saturday 2025-09-20 = 1404-06-29
        // (Shahrivar has 31 days: 06-31 = 09-22, 06-30 = 09-21, 06-29 = 09-20).
        List<MetricSeries.Period> weeks = MetricSeries.periods(LocalDate.of(2025, 9, 23), LocalDate.of(2025, 9, 30),
                MetricInterval.WEEK, MetricCalendar.JALALI);

        assertThat(starts(weeks)).containsExactly("2025-09-20", "2025-09-27");
        assertThat(labels(weeks)).containsExactly("1404-06-29", "1404-07-05");
    }

    @Test
    void jalaliMonthsFollowTheSolarHijriCalendar() {
        // Esfand 1403 = 2025-02-19 .. 2025-03-20 (30 days, a leap year), Farvardin 1404 = 2025-03-21 .. 2025-04-20
        // (31 days), Ordibehesht begins 2025-04-21.
        List<MetricSeries.Period> months = MetricSeries.periods(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 21),
                MetricInterval.MONTH, MetricCalendar.JALALI);

        assertThat(starts(months)).containsExactly("2025-02-19", "2025-03-21", "2025-04-21");
        assertThat(labels(months)).containsExactly("1403-12", "1404-01", "1404-02");
        assertThat(months.get(0).end()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(months.get(1).end()).isEqualTo(LocalDate.of(2025, 4, 21));
    }

    @Test
    void mehrFourteenHundredFourStartsOnTheTwentyThirdOfSeptember() {
        List<MetricSeries.Period> months = MetricSeries.periods(LocalDate.of(2025, 9, 23), LocalDate.of(2025, 10, 22),
                MetricInterval.MONTH, MetricCalendar.JALALI);

        assertThat(months).containsExactly(new MetricSeries.Period(LocalDate.of(2025, 9, 23), LocalDate.of(2025, 10, 23), "1404-07"));
    }

    @Test
    void jalaliDaysAreLabelledWithTheirJalaliDate() {
        List<MetricSeries.Period> days = MetricSeries.periods(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 23),
                MetricInterval.DAY, MetricCalendar.JALALI);

        assertThat(labels(days)).containsExactly("1404-06-31", "1404-07-01");
    }

    @Test
    void gregorianMonthsAreLabelledByYearAndMonth() {
        List<MetricSeries.Period> months = MetricSeries.periods(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 1),
                MetricInterval.MONTH, MetricCalendar.GREGORIAN);

        assertThat(starts(months)).containsExactly("2025-12-01", "2026-01-01", "2026-02-01");
        assertThat(labels(months)).containsExactly("2025-12", "2026-01", "2026-02");
    }

    @Test
    void daysAddUpIntoTheirPeriodsAndEmptyPeriodsStay() {
        List<MetricSeries.Period> weeks = MetricSeries.periods(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25),
                MetricInterval.WEEK, MetricCalendar.GREGORIAN);
        Map<LocalDate, MetricTally> days = new TreeMap<>(Map.of(
                LocalDate.of(2026, 1, 5), new MetricTally(3, 2, 1, 0, 0),
                LocalDate.of(2026, 1, 11), new MetricTally(2, 0, 2, 0, 0),
                LocalDate.of(2026, 1, 19), new MetricTally(4, 4, 0, 0, 0)));

        List<Map.Entry<MetricSeries.Period, MetricTally>> sums = MetricSeries.sum(weeks, days);

        assertThat(sums).extracting(Map.Entry::getValue).containsExactly(
                new MetricTally(5, 2, 3, 0, 0), MetricTally.EMPTY, new MetricTally(4, 4, 0, 0, 0));
    }
}
