package org.hamsafar.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The hand-written reader agrees with the JDK's ISO-8601 parser. */
class IsoTimesTest {

    @Test
    void readsTheCommonForms() {
        assertThat(IsoTimes.parseWithOffset("2026-05-01T10:15:30Z")).isEqualTo(Instant.parse("2026-05-01T10:15:30Z"));
        assertThat(IsoTimes.parseWithOffset("2026-05-01T10:15:30+03:30")).isEqualTo(Instant.parse("2026-05-01T06:45:30Z"));
        assertThat(IsoTimes.parseWithOffset("2026-05-01T10:15:30.123-05:00")).isEqualTo(Instant.parse("2026-05-01T15:15:30.123Z"));
        assertThat(IsoTimes.parseWithOffset("2026-05-01T10:15:30.123456789Z")).isEqualTo(Instant.parse("2026-05-01T10:15:30.123456789Z"));
        assertThat(IsoTimes.parseWithOffset("2026-05-01T10:15+03:30")).isEqualTo(Instant.parse("2026-05-01T06:45:00Z"));
    }

    @Test
    void refusesTimesWithoutOffsetAndImpossibleDates() {
        for (String bad : new String[] {"2026-05-01T10:15:30", "2026-02-30T10:15:30Z", "2026-05-01T25:00:00Z", "2026-05-01 10:15:30Z",
                "2026-05-01T10:15:30+25:00", "yesterday"}) {
            assertThatThrownBy(() -> IsoTimes.parseWithOffset(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Property
    void agreesWithTheJdkParser(@ForAll @IntRange(min = 1970, max = 2100) int year, @ForAll @IntRange(min = 1, max = 12) int month,
                                @ForAll @IntRange(min = 1, max = 31) int day, @ForAll @IntRange(min = 0, max = 23) int hour,
                                @ForAll @IntRange(min = 0, max = 59) int minute, @ForAll @IntRange(min = 0, max = 59) int second,
                                @ForAll @IntRange(min = 0, max = 999_999) int micros, @ForAll @IntRange(min = -14 * 60, max = 14 * 60) int offsetMinutes) {
        String offset = offsetMinutes == 0 ? "Z" : String.format("%s%02d:%02d", offsetMinutes < 0 ? "-" : "+",
                Math.abs(offsetMinutes) / 60, Math.abs(offsetMinutes) % 60);
        String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d.%06d%s", year, month, day, hour, minute, second, micros, offset);

        Object expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            expected = "invalid";
        }
        Object actual;
        try {
            actual = IsoTimes.parseWithOffset(text);
        } catch (DateTimeParseException e) {
            actual = "invalid";
        }

        assertThat(actual).isEqualTo(expected);
    }
}
