package org.hamsafar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the tab-separated dictionary files shipped under {@code text/} on the class path:
 * one entry per line, {@code #} starts a comment line, blank lines are skipped. A missing file is
 * an error: the analyser must not silently run without its lexicons.
 */
final class DictionaryFile {

    private DictionaryFile() {
    }

    /** Calls {@code row} with the columns of every entry line of the resource. */
    static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = DictionaryFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing text resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = columns[i].strip();
                }
                try {
                    row.accept(columns);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a dictionary term, normalised and tokenised the way texts are. */
    static List<String> words(Tokenizer tokenizer, String term) {
        List<String> words = new ArrayList<>();
        for (Token token : tokenizer.tokenize(term).tokens()) {
            words.add(token.text());
        }
        return words;
    }

    static double number(String value, double min, double max) {
        double number = Double.parseDouble(value);
        if (!(number >= min && number <= max)) {
            throw new IllegalArgumentException(value + " outside " + min + ".." + max);
        }
        return number;
    }
}
