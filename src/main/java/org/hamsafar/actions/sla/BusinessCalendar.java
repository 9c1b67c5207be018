package org.hamsafar.actions.sla;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working time: a working week, holidays that replace it on their dates, and the time zone in
 * which both are read. Working time is real elapsed time inside working periods, so on a day when
 * clocks change a period is as long as it really lasts; a period's start or end that falls in a
 * skipped hour moves to the end of the gap.
 */
public final class BusinessCalendar {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tehran");
    /** How far ahead to look for working time before deciding there is none (ten years). */
    private static final int HORIZON_DAYS = 3660;

    private final WorkingWeek week;
    private final Map<LocalDate, Holiday> holidays;
    private final ZoneId zone;

    public BusinessCalendar(WorkingWeek week, Collection<Holiday> holidays, ZoneId zone) {
        this.week = week;
        this.zone = zone;
        this.holidays = new TreeMap<>();
        for (Holiday holiday : holidays) {
            if (this.holidays.put(holiday.date(), holiday) != null) {
                throw new IllegalArgumentException("Two holidays on " + holiday.date());
            }
        }
    }

    /** The default week in Tehran, without holidays. */
    public static BusinessCalendar standard() {
        return new BusinessCalendar(WorkingWeek.DEFAULT, List.of(), DEFAULT_ZONE);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working periods of a local date: the holiday's, if it is one, else the week's. */
    public List<WorkingPeriod> periodsOn(LocalDate date) {
        Holiday holiday = holidays.get(date);
        return holiday != null ? holiday.hours() : week.on(date.getDayOfWeek());
    }

    /** The instant {@code minutes} of working time after {@code start}; see {@link #plusWorkingTime}. */
    public Instant plusWorkingMinutes(Instant start, long minutes) {
        return plusWorkingTime(start, Duration.ofMinutes(minutes));
    }

    /**
     * The instant at which {@code amount} of working time after {@code start} has passed. Time
     * outside working periods does not count: from a Friday the clock starts on Saturday's
     * opening. A target that uses up a period exactly ends at the period's close, not at the
     * next opening.
     */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
        }
        Duration left = amount;
        LocalDate day = LocalDate.ofInstant(start, zone);
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            for (WorkingPeriod period : periodsOn(day)) {
                Instant close = instantAt(day, period.to());
                Instant from = max(instantAt(day, period.from()), start);
                if (!close.isAfter(from)) {
                    continue;
                }
                Duration available = Duration.between(from, close);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("No working time within " + HORIZON_DAYS + " days after " + start);
    }

    /** Working time between two instants; negative when {@code to} is before {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingPeriod period : periodsOn(day)) {
                Instant start = max(instantAt(day, period.from()), from);
                Instant end = min(instantAt(day, period.to()), to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Whole minutes of working time between two instants (rounded towards zero). */
    public long workingMinutesBetween(Instant from, Instant to) {
        return workingTimeBetween(from, to).toMinutes();
    }

    private Instant instantAt(LocalDate day, int minuteOfDay) {
        try {
            if (minuteOfDay == WorkingPeriod.END_OF_DAY) {
                return day.plusDays(1).atStartOfDay(zone).toInstant();
            }
            return day.atTime(minuteOfDay / 60, minuteOfDay % 60).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalStateException("Date out of range: " + day, e);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
