package org.hamsafar.customers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.csv.CsvImporter;
import org.hamsafar.shared.csv.CsvOptions;
import org.hamsafar.shared.csv.CsvRows;
import org.hamsafar.shared.csv.ImportTally;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/import")
@Tag(name = "Import", description = "Bulk import of CSV files, streamed (admin scope)")
class CustomerImportController {
    private final CustomerDirectory customers;
    private final CustomerUpsertValidator validator;

    CustomerImportController(CustomerDirectory customers, CustomerUpsertValidator validator) {
        this.customers = customers;
        this.validator = validator;
    }

    @PostMapping(path = "/customers", consumes = "text/csv")
    @Operation(summary = "Import customers from a CSV file", description = """
            A UTF-8 CSV file (a byte order mark is fine) with a header row, of any size: it is read as a stream and stored
            1,000 rows at a time. Each row creates or updates a profile like PUT /api/v1/customers: found by any of
            externalId, email, phone, anonymousId; non-empty values replace stored ones, empty cells change nothing.
            Columns: those identities, firstName, lastName, birthYear, gender, city, province, country, language, occupation,
            education, incomeBand, interests, values, lifestyle (lists separated by `|`), `custom.<key>` (custom attributes)
            and `consent.<channel>.<purpose>` (true/false, yes/no or 1/0; recorded now, with the `source` option as its
            source). A column that is no field refuses the file (422, nothing stored) unless `ignoreUnknownColumns=true`.
            The reply counts the rows, the rows stored (`accepted`) and the profiles created, and lists up to 1,000 rejected
            rows by line (the header is line 1) with their reasons (`rejectedCount` has them all); good rows are kept.
            Malformed CSV or bytes that are not UTF-8 stop the import with 400, stating the line; the rows before it were
            processed and the problem tells how many were stored.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Object> importCustomers(
            HttpServletRequest request,
            @Parameter(description = "Column mapping `csvColumn:field,csvColumn2:field2`; columns not mapped keep their own name.")
            @RequestParam(name = "map", required = false) String map,
            @Parameter(description = "`,` (default), `;` or `tab`")
            @RequestParam(name = "delimiter", required = false) String delimiter,
            @Parameter(description = "Skip columns that are no field instead of refusing the file.")
            @RequestParam(name = "ignoreUnknownColumns", defaultValue = "false") boolean ignoreUnknownColumns,
            @Parameter(description = "Where the data comes from, recorded with attribute changes and consent (default import).")
            @RequestParam(name = "source", required = false) String source) throws IOException {
        String origin = source == null || source.isBlank() ? "import" : source.strip();
        if (!Keys.isKey(origin)) {
            throw InvalidInputException.of("source", "must be a key such as import or crm");
        }
        CsvOptions options = CsvOptions.parse(delimiter, map, ignoreUnknownColumns);
        return CsvImporter.run(request, options, CustomerCsvReader.CATALOG,
                columns -> {
                    CustomerCsvReader reader = new CustomerCsvReader(columns);
                    return (rows, tally) -> store(reader, origin, rows, tally);
                }, List.of("created"));
    }

    private void store(CustomerCsvReader reader, String source, List<CsvRows.Row> rows, ImportTally tally) {
        List<CustomerUpsert> upserts = new ArrayList<>(rows.size());
        for (CsvRows.Row row : rows) {
            List<FieldProblem> problems = new ArrayList<>();
            CustomerCsvReader.Parsed parsed = reader.read(row, source, problems);
            try {
                CustomerUpsert upsert = validator.validate(parsed.request());
                if (problems.isEmpty()) {
                    upserts.add(upsert);
                }
            } catch (InvalidInputException e) {
                problems.addAll(reader.rename(e.errors(), parsed.consentFields()));
            }
            if (!problems.isEmpty()) {
                tally.reject(row.line(), problems);
            }
        }
        if (upserts.isEmpty()) {
            return;
        }
        Set<Long> created = new HashSet<>();
        for (CustomerDirectory.Upserted upserted : customers.upsertAll(upserts)) {
            if (upserted.created()) {
                created.add(upserted.profile().id());
            }
        }
        tally.accepted(upserts.size());
        tally.add("created", created.size());
    }
}
