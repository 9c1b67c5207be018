package org.hamsafar.actions.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The settings document: what GET writes reads back the same; every mistake is named by its path. */
class SlaSettingsJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<FieldProblem> problemsOf(String json) {
        List<FieldProblem> problems = new ArrayList<>();
        SlaSettings read = SlaSettingsJson.read(JSON.readTree(json), problems);
        assertThat(read == null).as("null exactly when there are problems").isEqualTo(!problems.isEmpty());
        return problems;
    }

    private static String valid(String policies, String week, String holidays, String zone) {
        return "{\"policies\": " + policies + ", \"week\": " + week + ", \"holidays\": " + holidays + ", \"zone\": " + zone + "}";
    }

    private static final String POLICIES = """
            {"low": {"firstResponseMinutes": 480, "resolutionMinutes": 2400},
             "normal": {"firstResponseMinutes": 240, "resolutionMinutes": 960},
             "high": {"firstResponseMinutes": 120, "resolutionMinutes": 480},
             "urgent": {"firstResponseMinutes": 60, "resolutionMinutes": 240}}""";

    @Test
    void theDefaultsSurviveWritingAndReadingBack() {
        String written = JSON.writeValueAsString(SlaSettingsJson.write(SlaSettings.defaults()));
        List<FieldProblem> problems = new ArrayList<>();

        SlaSettings read = SlaSettingsJson.read(JSON.readTree(written), problems);

        assertThat(problems).isEmpty();
        assertThat(read.policies()).isEqualTo(SlaSettings.defaults().policies());
        assertThat(read.week()).isEqualTo(WorkingWeek.DEFAULT);
        assertThat(read.zone().getId()).isEqualTo("Asia/Tehran");
        assertThat(written).contains("\"thursday\":[{\"from\":\"08:00\",\"to\":\"12:00\"}]", "\"friday\":[]");
    }

    @Test
    void aWeekWithHolidaysAndShortDaysIsRead() {
        List<FieldProblem> problems = new ArrayList<>();
        SlaSettings read = SlaSettingsJson.read(JSON.readTree(valid(POLICIES,
                "{\"monday\": [{\"from\": \"13:00\", \"to\": \"24:00\"}, {\"from\": \"09:00\", \"to\": \"12:00\"}]}",
                "[{\"date\": \"2026-03-20\", \"name\": \"نوروز\"}, {\"date\": \"2026-03-19\", \"hours\": [{\"from\": \"08:00\", \"to\": \"10:00\"}]}]",
                "\"Europe/Berlin\"")), problems);

        assertThat(problems).isEmpty();
        assertThat(read.week().on(DayOfWeek.MONDAY)).containsExactly(new WorkingPeriod(540, 720), new WorkingPeriod(780, 1440));
        assertThat(read.week().on(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(read.holidays()).extracting(Holiday::date).containsExactly(LocalDate.parse("2026-03-19"), LocalDate.parse("2026-03-20"));
        assertThat(read.holidays().get(0).hours()).containsExactly(new WorkingPeriod(480, 600));
        assertThat(read.holidays().get(1).closedAllDay()).isTrue();
        assertThat(read.policy(CasePriority.URGENT)).isEqualTo(new SlaPolicy(60, 240));
    }

    @Test
    void everyMistakeIsNamedByItsPath() {
        String policies = """
                {"normal": {"firstResponseMinutes": 0, "resolutionMinutes": 960},
                 "high": {"firstResponseMinutes": 120, "resolutionMinutes": 60},
                 "urgent": {"firstResponseMinutes": 1.5, "resolutionMinutes": 240, "colour": "red"},
                 "asap": {}}""";
        String week = """
                {"saturday": [{"from": "8:00", "to": "16:00"}], "sunday": [{"from": "08:00", "to": "12:00"}, {"from": "11:00", "to": "13:00"}],
                 "monday": [{"from": "10:00", "to": "09:00"}], "tuesday": [{"from": "24:00", "to": "24:00"}], "funday": []}""";
        String holidays = """
                [{"date": "2026-02-30"}, {"date": "2026-03-21"}, {"date": "2026-03-21"}, {"date": "21/03/2026"}, {"name": "no date"}]""";

        List<FieldProblem> problems = problemsOf("{\"policies\": " + policies + ", \"week\": " + week + ", \"holidays\": " + holidays
                + ", \"zone\": \"Mars/Olympus\", \"extra\": 1}");

        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "extra",
                "policies.asap", "policies.low", "policies.normal.firstResponseMinutes", "policies.high.resolutionMinutes",
                "policies.urgent.colour", "policies.urgent.firstResponseMinutes",
                "week.saturday[0].from", "week.sunday[1]", "week.monday[0].to", "week.tuesday[0].from", "week.funday",
                "holidays[0].date", "holidays[2].date", "holidays[3].date", "holidays[4].date",
                "zone");
        assertThat(problems).filteredOn(p -> p.field().equals("policies.high.resolutionMinutes")).first()
                .extracting(FieldProblem::message).asString().startsWith("must be at least firstResponseMinutes (120)");
        assertThat(problems).filteredOn(p -> p.field().equals("holidays[2].date")).first()
                .extracting(FieldProblem::message).asString().isEqualTo("2026-03-21 is already listed at holidays[1]");
        assertThat(problems).filteredOn(p -> p.field().equals("week.sunday[1]")).first()
                .extracting(FieldProblem::message).asString().isEqualTo("overlaps week.sunday[0] (08:00-12:00)");
        assertThat(problems).filteredOn(p -> p.field().equals("holidays[0].date")).first()
                .extracting(FieldProblem::message).asString().isEqualTo("is not a real date: 2026-02-30");
    }

    @Test
    void aWeekWithoutWorkAndMissingFieldsAreRefused() {
        assertThat(problemsOf(valid(POLICIES, "{\"friday\": []}", "[]", "\"Asia/Tehran\"")))
                .extracting(FieldProblem::field).containsExactly("week");
        assertThat(problemsOf("{\"changedAt\": \"2026-01-01T00:00:00Z\"}"))
                .extracting(FieldProblem::field).containsExactly("policies", "week", "holidays", "zone");
        assertThat(problemsOf("[]")).extracting(FieldProblem::field).containsExactly("body");
    }
}
