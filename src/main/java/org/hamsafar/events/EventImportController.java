package org.hamsafar.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.csv.CsvImporter;
import org.hamsafar.shared.csv.CsvOptions;
import org.hamsafar.shared.csv.CsvRows;
import org.hamsafar.shared.csv.ImportTally;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/import")
@Tag(name = "Import", description = "Bulk import of CSV files, streamed (admin scope)")
class EventImportController {
    private final EventValidator validator;
    private final EventIngestion ingestion;

    EventImportController(EventValidator validator, EventIngestion ingestion) {
        this.validator = validator;
        this.ingestion = ingestion;
    }

    @PostMapping(path = "/events", consumes = "text/csv")
    @Operation(summary = "Import events from a CSV file", description = """
            A UTF-8 CSV file (a byte order mark is fine) with a header row, of any size: it is read as a stream and stored
            1,000 rows at a time. Columns: id, type, occurredAt, channel, touchpoint, customerId, externalId, email, phone,
            anonymousId, sessionId, value, currency, text, properties (a JSON object as text) and any `prop.<name>` (a string
            property; it wins over the same key in properties). Empty cells are absent. Each row is checked like an event sent
            to POST /api/v1/events; rows with an `id` already stored count as duplicates. A column that is no field refuses
            the file (422, nothing stored) unless `ignoreUnknownColumns=true`. The reply counts the rows and lists up to
            1,000 rejected ones by line (the header is line 1) with their reasons (`rejectedCount` has them all); good rows
            are kept. Malformed CSV or bytes that are not UTF-8 stop the import with 400, stating the line; the rows before
            it were processed and the problem tells how many were stored.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Object> importEvents(
            HttpServletRequest request,
            @Parameter(description = "Column mapping `csvColumn:field,csvColumn2:field2`; columns not mapped keep their own name.")
            @RequestParam(name = "map", required = false) String map,
            @Parameter(description = "`,` (default), `;` or `tab`")
            @RequestParam(name = "delimiter", required = false) String delimiter,
            @Parameter(description = "Skip columns that are no field instead of refusing the file.")
            @RequestParam(name = "ignoreUnknownColumns", defaultValue = "false") boolean ignoreUnknownColumns) throws IOException {
        CsvOptions options = CsvOptions.parse(delimiter, map, ignoreUnknownColumns);
        return CsvImporter.run(request, options, EventCsvReader.CATALOG,
                columns -> {
                    EventCsvReader reader = new EventCsvReader(columns);
                    return (rows, tally) -> store(reader, rows, tally);
                }, List.of("duplicates"));
    }

    private void store(EventCsvReader reader, List<CsvRows.Row> rows, ImportTally tally) {
        List<EventInput> events = new ArrayList<>(rows.size());
        List<Long> lines = new ArrayList<>(rows.size());
        for (CsvRows.Row row : rows) {
            List<FieldProblem> problems = new ArrayList<>();
            ObjectNode node = reader.event(row, problems);
            EventValidator.Checked checked = validator.check(node);
            problems.addAll(reader.rename(checked.problems()));
            if (problems.isEmpty()) {
                events.add(checked.event());
                lines.add(row.line());
            } else {
                tally.reject(row.line(), problems);
            }
        }
        IngestReport report = ingestion.ingest(events, lines);
        tally.accepted(report.accepted());
        tally.add("duplicates", report.duplicates());
        for (IngestReport.Rejection rejection : report.rejected()) {
            tally.reject(rejection.index(), reader.rename(rejection.errors()));
        }
    }
}
