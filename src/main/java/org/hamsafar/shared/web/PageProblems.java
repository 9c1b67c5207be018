package org.hamsafar.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says the API's problems in the reader's language on a page. The API words each problem in English
 * with its figures; a page lists the wordings it can explain ({@link Wording}), each with a message
 * key under its prefix, and the figures the wording captures (counts, days) reach the message in the
 * reader's digits and calendar. A problem no wording recognises is shown as the API wrote it, so
 * nothing is ever hidden.
 */
@Component
public class PageProblems {
    /** A wording of the API (a regular expression whose groups capture its figures) and the key of its message. */
    public record Wording(Pattern pattern, String key) {
        /** A whole number in a problem's English wording, captured as an argument of its translation. */
        public static final String WHOLE_NUMBER = "(\\d+)";
        /** A whole or decimal number, captured likewise. */
        public static final String DECIMAL_NUMBER = "(\\d+(?:\\.\\d+)?)";

        public static Wording of(String regex, String key) {
            return new Wording(Pattern.compile(regex), key);
        }
    }

    private final MessageSource messages;
    private final ReaderFormats formats;

    PageProblems(MessageSource messages, ReaderFormats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * Each problem as {@code field} (the form's name for it, from {@code <prefix>.field.<field>}, else
     * the API's) and {@code message} (from {@code <prefix>.error.<key>} of the first wording that matches).
     */
    public List<Map<String, String>> describe(List<FieldProblem> problems, String prefix, List<Wording> wordings, Locale locale) {
        List<Map<String, String>> out = new ArrayList<>();
        for (FieldProblem problem : problems) {
            out.add(Map.of("field", messages.getMessage(prefix + ".field." + problem.field(), null, problem.field(), locale),
                    "message", text(problem.message(), prefix, wordings, locale)));
        }
        return out;
    }

    private String text(String message, String prefix, List<Wording> wordings, Locale locale) {
        for (Wording wording : wordings) {
            Matcher matcher = wording.pattern().matcher(message);
            if (matcher.find()) {
                List<String> figures = new ArrayList<>();
                for (int g = 1; g <= matcher.groupCount(); g++) {
                    String figure = matcher.group(g);
                    figures.add(figure.matches("\\d{1,18}(\\.\\d{1,18})?") ? formats.number(new BigDecimal(figure))
                            : figure.matches("\\d{4}-\\d{2}-\\d{2}") ? formats.day(LocalDate.parse(figure)) : figure);
                }
                return messages.getMessage(prefix + ".error." + wording.key(), figures.toArray(), message, locale);
            }
        }
        return message;
    }
}
