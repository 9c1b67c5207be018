package org.hamsafar.journeys.funnels;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Streams the customers who dropped out at a funnel step as CSV: a header row, then one row per
 * customer as the store hands them over (nothing is collected first, so any number fits). UTF-8
 * with a byte order mark, which spreadsheets need to read Persian names; times are ISO-8601 UTC.
 */
@Component
class DroppedCustomersCsv {
    static final List<String> COLUMNS = List.of("customerId", "name", "email", "externalId", "previousStep", "reachedPreviousAt",
            "lastEventAt", "lastEventType", "lastEventChannel");
    private static final char BOM = '\uFEFF';
    private final Funnels funnels;

    DroppedCustomersCsv(Funnels funnels) {
        this.funnels = funnels;
    }

    /** Writes the download, with its headers, to {@code response}. */
    void send(DroppedQuery query, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("funnel-dropped-step-" + query.step() + ".csv").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer);
        try {
            funnels.forEachDropped(query, chunk -> {
                try {
                    for (Funnels.Dropped d : chunk) {
                        csv.printRecord(d.customerId(), defused(d.name()), defused(d.email()), defused(d.externalId()), d.previousStep(),
                                d.reachedPreviousAt(), d.lastEventAt(), d.lastEventType(), d.lastEventChannel());
                    }
                    csv.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        response.flushBuffer();
    }

    /**
     * Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets
     * a leading apostrophe: names and identities come from outside.
     */
    static String defused(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
