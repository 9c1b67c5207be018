package org.hamsafar.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Survey responses", description = "Answers to surveys (ingest scope to submit, read to list)")
class ResponseExportController {
    private final SurveyCatalog surveys;
    private final ResponseCsv csv;
    private final CxMetrics metrics;
    private final Clock clock;

    ResponseExportController(SurveyCatalog surveys, ResponseCsv csv, CxMetrics metrics, Clock clock) {
        this.surveys = surveys;
        this.csv = csv;
        this.metrics = metrics;
        this.clock = clock;
    }

    @GetMapping("/api/v1/surveys/{id}/responses/export")
    @Operation(summary = "A survey's responses as CSV", description = """
            Streams every response submitted in [from, to) (both optional; a date is local midnight in
            `hamsafar.time-zone`, Jalali when the year is below 1700; or an ISO-8601 date-time) in time order. Columns: id,
            submittedAt (UTC), surveyVersion, customerId, channel, touchpoint, source, language, then one column per question
            key of every version (the current version's order first). Multiple choice answers are joined by ';'; text
            answers that a spreadsheet would read as a formula start with an apostrophe. UTF-8 with a byte order mark.""")
    void export(@PathVariable long id,
                @Parameter(description = "start of the range (inclusive)") @RequestParam(required = false) String from,
                @Parameter(description = "end of the range (exclusive)") @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        Survey survey = surveys.get(id);
        ResultRange range = ResultRange.parse(from, to, metrics.defaultZone(), clock.instant(), false);
        send(csv, survey, range, response);
    }

    /** Streams the CSV as a download; shared with the dashboard's export link. */
    static void send(ResponseCsv csv, Survey survey, ResultRange range, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(ResponseCsv.fileName(survey)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        csv.write(survey, range, response.getOutputStream());
        response.flushBuffer();
    }
}
