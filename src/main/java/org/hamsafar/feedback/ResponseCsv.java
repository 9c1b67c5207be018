package org.hamsafar.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes a survey's responses as CSV, streamed row by row from the store: the response's fields,
 * then one column per question key of every version (the current version's order first, then keys
 * only older versions had). Multiple choice answers are joined by ';'. UTF-8 with a byte order mark,
 * which Excel needs to read Persian text.
 */
@Component
class ResponseCsv {
    static final List<String> FIXED_COLUMNS = List.of("id", "submittedAt", "surveyVersion", "customerId", "channel",
            "touchpoint", "source", "language");
    private static final char BOM = '\uFEFF';
    private static final int FLUSH_EVERY = 1000;
    private final SurveyCatalog surveys;
    private final ResponseRepository responses;

    ResponseCsv(SurveyCatalog surveys, ResponseRepository responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    /** The file name offered to browsers. */
    static String fileName(Survey survey) {
        return "survey-" + survey.id() + "-responses.csv";
    }

    void write(Survey survey, ResultRange range, OutputStream out) throws IOException {
        List<SurveyDefinition> versions = versionsNewestFirst(survey);
        List<String> questionKeys = questionKeys(versions);
        Set<String> textKeys = new LinkedHashSet<>();
        versions.forEach(d -> d.questions().stream().filter(q -> q.type() == QuestionType.TEXT).forEach(q -> textKeys.add(q.key())));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        header.addAll(questionKeys);
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
        int[] written = {0};
        try {
            responses.forEach(survey.id(), range.from(), range.to(), response -> {
                try {
                    csv.printRecord(row(response, questionKeys, textKeys));
                    if (++written[0] % FLUSH_EVERY == 0) {
                        csv.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    /** The current version's keys in its order, then keys only earlier versions had, newest version first. */
    static List<String> questionKeys(List<SurveyDefinition> versionsNewestFirst) {
        Set<String> keys = new LinkedHashSet<>();
        versionsNewestFirst.forEach(d -> d.questions().forEach(q -> keys.add(q.key())));
        return List.copyOf(keys);
    }

    private List<SurveyDefinition> versionsNewestFirst(Survey survey) {
        List<SurveyDefinition> versions = new ArrayList<>();
        versions.add(survey.definition());
        for (int version = survey.version() - 1; version >= 1; version--) {
            surveys.version(survey.id(), version).ifPresent(versions::add);
        }
        return versions;
    }

    private static List<Object> row(StoredResponse r, List<String> questionKeys, Set<String> textKeys) {
        List<Object> row = new ArrayList<>(FIXED_COLUMNS.size() + questionKeys.size());
        row.add(r.id());
        row.add(r.submittedAt());
        row.add(r.surveyVersion());
        row.add(r.customerId());
        row.add(r.channel());
        row.add(r.touchpoint());
        row.add(r.source());
        row.add(r.language());
        Map<String, Object> answers = r.answers();
        for (String key : questionKeys) {
            Object value = answers.get(key);
            String cell = cell(value);
            row.add(cell != null && textKeys.contains(key) ? defused(cell) : cell);
        }
        return row;
    }

    private static String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> chosen) {
            return chosen.stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        return String.valueOf(value);
    }

    /**
     * A respondent's text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return
     * first) gets a leading apostrophe, the usual guard against formula injection in exports.
     */
    static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
