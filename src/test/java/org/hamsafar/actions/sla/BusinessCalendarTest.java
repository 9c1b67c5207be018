package org.hamsafar.actions.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Working time by hand-computed cases: the default Iranian week (Saturday to Wednesday 08:00-16:00,
 * Thursday 08:00-12:00, Friday off) in Asia/Tehran (+03:30 all year), holidays, short days, other zones.
 * 2026-05-06 is a Wednesday.
 */
class BusinessCalendarTest {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final BusinessCalendar standard = BusinessCalendar.standard();

    private static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TEHRAN).toInstant();
    }

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void fourHoursFromWednesdayThreePmAreDueThursdayElevenAm() {
        // Wednesday 15:00-16:00 is one hour, Thursday 08:00-11:00 the other three.
        assertThat(standard.plusWorkingMinutes(tehran("2026-05-06T15:00"), 240)).isEqualTo(tehran("2026-05-07T11:00"));
    }

    @Test
    void twoHoursFromThursdayHalfPastElevenSkipFridayAndAreDueSaturdayHalfPastNine() {
        // Thursday 11:30-12:00 is half an hour, Friday is off, Saturday 08:00-09:30 the rest.
        assertThat(standard.plusWorkingMinutes(tehran("2026-05-07T11:30"), 120)).isEqualTo(tehran("2026-05-09T09:30"));
    }

    @Test
    void aHolidayIsSkippedLikeAFriday() {
        BusinessCalendar withHoliday = new BusinessCalendar(WorkingWeek.DEFAULT,
                List.of(Holiday.closed(java.time.LocalDate.parse("2026-05-09"), "closure")), TEHRAN);

        // Thursday half an hour, Friday off, Saturday a holiday, Sunday 08:00-09:30.
        assertThat(withHoliday.plusWorkingMinutes(tehran("2026-05-07T11:30"), 120)).isEqualTo(tehran("2026-05-10T09:30"));
        assertThat(withHoliday.workingMinutesBetween(tehran("2026-05-07T11:30"), tehran("2026-05-10T09:30"))).isEqualTo(120);
    }

    @Test
    void aShortDayCountsOnlyItsOwnHours() {
        BusinessCalendar shortSaturday = new BusinessCalendar(WorkingWeek.DEFAULT,
                List.of(new Holiday(java.time.LocalDate.parse("2026-05-09"), "eve", List.of(WorkingPeriod.of("08:00", "09:00")))), TEHRAN);

        // Thursday 30 min, Saturday 08:00-09:00 60 min, Sunday 08:00-08:30 the last 30.
        assertThat(shortSaturday.plusWorkingMinutes(tehran("2026-05-07T11:30"), 120)).isEqualTo(tehran("2026-05-10T08:30"));
    }

    @Test
    void aCaseOpenedOnFridayStartsItsClockOnSaturdayMorning() {
        assertThat(standard.plusWorkingMinutes(tehran("2026-05-08T10:00"), 60)).isEqualTo(tehran("2026-05-09T09:00"));
        assertThat(standard.plusWorkingMinutes(tehran("2026-05-08T10:00"), 0)).isEqualTo(tehran("2026-05-09T08:00"));
        assertThat(standard.workingMinutesBetween(tehran("2026-05-08T09:00"), tehran("2026-05-08T17:00"))).isZero();
    }

    @Test
    void beforeOpeningTheClockStartsAtOpening() {
        assertThat(standard.plusWorkingMinutes(tehran("2026-05-09T06:00"), 30)).isEqualTo(tehran("2026-05-09T08:30"));
    }

    @Test
    void aTargetThatUsesUpTheDayExactlyIsDueAtClosingNotAtNextOpening() {
        assertThat(standard.plusWorkingMinutes(tehran("2026-05-06T15:00"), 60)).isEqualTo(tehran("2026-05-06T16:00"));
    }

    @Test
    void fortyHoursFromSaturdayMorningAreTheWholeFiveDayWeek() {
        assertThat(standard.plusWorkingMinutes(tehran("2026-05-09T08:00"), 2400)).isEqualTo(tehran("2026-05-13T16:00"));
        // Plus Thursday's 4 hours: the week holds 44 working hours.
        assertThat(standard.workingMinutesBetween(tehran("2026-05-09T00:00"), tehran("2026-05-16T00:00"))).isEqualTo(44 * 60);
    }

    @Test
    void workingMinutesBetweenAreNegativeBackwards() {
        assertThat(standard.workingMinutesBetween(tehran("2026-05-06T15:00"), tehran("2026-05-07T11:00"))).isEqualTo(240);
        assertThat(standard.workingMinutesBetween(tehran("2026-05-07T11:00"), tehran("2026-05-06T15:00"))).isEqualTo(-240);
    }

    @Test
    void instantsAreReadInTheCalendarsZone() {
        // 11:30 UTC is 15:00 in Tehran (+03:30): due Thursday 11:00 Tehran, 07:30 UTC.
        assertThat(standard.plusWorkingMinutes(Instant.parse("2026-05-06T11:30:00Z"), 240)).isEqualTo(Instant.parse("2026-05-07T07:30:00Z"));
        // The same instant is 13:30 in Berlin (+02:00 in May): 2.5 h remain on Wednesday, the last 30 min are Thursday 08:00-08:30.
        BusinessCalendar berlinOffice = new BusinessCalendar(WorkingWeek.DEFAULT, List.of(), BERLIN);
        assertThat(berlinOffice.plusWorkingMinutes(Instant.parse("2026-05-06T11:30:00Z"), 180)).isEqualTo(berlin("2026-05-07T08:30"));
    }

    @Test
    void aClockChangeIsFollowed() {
        // Berlin moves to summer time on Sunday 2026-03-29 (a working day in this week): Saturday 15:00 CET plus
        // two hours is Saturday 15:00-16:00 and Sunday 08:00-09:00 CEST, 07:00 UTC (not 08:00 as a fixed offset would say).
        BusinessCalendar berlinOffice = new BusinessCalendar(WorkingWeek.DEFAULT, List.of(), BERLIN);
        assertThat(berlinOffice.plusWorkingMinutes(berlin("2026-03-28T15:00"), 120)).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));

        // Round the clock, the day of the change has 23 hours.
        Map<DayOfWeek, List<WorkingPeriod>> always = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            always.put(day, List.of(WorkingPeriod.of("00:00", "24:00")));
        }
        BusinessCalendar roundTheClock = new BusinessCalendar(new WorkingWeek(always), List.of(), BERLIN);
        assertThat(roundTheClock.workingMinutesBetween(berlin("2026-03-28T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(24 * 60 + 23 * 60);
    }

    @Test
    void aLunchBreakDoesNotCount() {
        Map<DayOfWeek, List<WorkingPeriod>> split = new EnumMap<>(DayOfWeek.class);
        split.put(DayOfWeek.WEDNESDAY, List.of(WorkingPeriod.of("13:00", "17:00"), WorkingPeriod.of("08:00", "12:00")));
        BusinessCalendar calendar = new BusinessCalendar(new WorkingWeek(split), List.of(), TEHRAN);

        assertThat(calendar.plusWorkingMinutes(tehran("2026-05-06T11:00"), 120)).isEqualTo(tehran("2026-05-06T14:00"));
    }

    @Test
    void addingThenMeasuringGivesBackTheMinutes() {
        Random random = new Random(1404);
        Instant base = tehran("2026-01-01T00:00");
        for (int i = 0; i < 500; i++) {
            Instant start = base.plusSeconds(random.nextInt(365 * 24 * 3600));
            int minutes = 1 + random.nextInt(5000);
            Instant due = standard.plusWorkingMinutes(start, minutes);
            assertThat(standard.workingTimeBetween(start, due)).as("from %s plus %d", start, minutes)
                    .isEqualTo(java.time.Duration.ofMinutes(minutes));
        }
    }

    @Test
    void weeksAndHolidaysRefuseWhatCannotWork() {
        assertThatThrownBy(() -> new WorkingWeek(Map.of())).hasMessageContaining("needs some working time");
        assertThatThrownBy(() -> new WorkingWeek(Map.of(DayOfWeek.MONDAY, List.of(WorkingPeriod.of("08:00", "12:00"),
                WorkingPeriod.of("11:00", "13:00"))))).hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkingPeriod.of("16:00", "08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar(WorkingWeek.DEFAULT, List.of(Holiday.closed(java.time.LocalDate.parse("2026-05-09"), "a"),
                Holiday.closed(java.time.LocalDate.parse("2026-05-09"), "b")), TEHRAN)).hasMessageContaining("Two holidays");
    }
}
