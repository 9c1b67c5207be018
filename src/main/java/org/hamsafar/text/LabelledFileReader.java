package org.hamsafar.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled texts from TSV or CSV files: the formats of the public evaluation sets and any
 * other file with a text column and a label column. Labels are read as
 * {@code positive/pos/happy/1/2}, {@code negative/neg/sad/-1/-2}, {@code neutral/neu/0};
 * in a file whose labels are only {@code 0} and {@code 1}, {@code 0} is negative.
 */
final class LabelledFileReader {

    private LabelledFileReader() {
    }

    /**
     * Reads {@code file}; columns are 0-based indices. {@code header} skips the first row. Rows
     * with an empty text or an unreadable label are skipped and counted in {@code skipped}.
     */
    static List<LabelledText> read(Path file, char delimiter, boolean header, int textColumn, int labelColumn, int[] skipped)
            throws IOException {
        List<String[]> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setQuote(delimiter == '\t' ? null : '"').setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (CSVRecord record : format.parse(reader)) {
                if (first && header) {
                    first = false;
                    continue;
                }
                first = false;
                if (record.size() <= Math.max(textColumn, labelColumn)) {
                    skipped[0]++;
                    continue;
                }
                rows.add(new String[] {record.get(textColumn), record.get(labelColumn).strip()});
            }
        }
        boolean zeroOne = rows.stream().allMatch(r -> r[1].equals("0") || r[1].equals("1"));
        List<LabelledText> texts = new ArrayList<>();
        for (String[] row : rows) {
            SentimentLabel label = zeroOne ? (row[1].equals("1") ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE) : label(row[1]);
            if (label == null || row[0].isBlank()) {
                skipped[0]++;
            } else {
                texts.add(new LabelledText(row[0], label, null));
            }
        }
        return texts;
    }

    /** A file of {@code id, rating, text} rows separated by tabs (the human-rated VADER reference sets). */
    static List<LabelledText> readRatings(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t", 3);
            if (columns.length == 3) {
                try {
                    texts.add(new LabelledText(columns[2].strip(), null, Double.parseDouble(columns[1].strip())));
                } catch (NumberFormatException e) {
                    // a header or a broken line
                }
            }
        }
        return texts;
    }

    /** Lines of {@code text<TAB>0|1}, split on the last tab (the UCI sentiment sentences). */
    static List<LabelledText> readTextTabLabel(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                SentimentLabel label = switch (line.substring(tab + 1).strip()) {
                    case "1" -> SentimentLabel.POSITIVE;
                    case "0" -> SentimentLabel.NEGATIVE;
                    default -> null;
                };
                if (label != null) {
                    texts.add(new LabelledText(line.substring(0, tab), label, null));
                }
            }
        }
        return texts;
    }

    static SentimentLabel label(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "positive", "pos", "happy", "1", "2", "+1", "+2", "+" -> SentimentLabel.POSITIVE;
            case "negative", "neg", "sad", "-1", "-2", "-" -> SentimentLabel.NEGATIVE;
            case "neutral", "neu", "0" -> SentimentLabel.NEUTRAL;
            default -> null;
        };
    }
}
