package org.hamsafar.shared.store;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Renders values for PostgreSQL's {@code COPY ... WITH (FORMAT csv)}: unquoted empty is NULL, text is quoted. */
final class CopyCsv {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private CopyCsv() {
    }

    static void appendValue(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDateTime time) {
            csv.append(TIMESTAMP.format(time));
        } else if (value instanceof String text) {
            csv.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    csv.append('"');
                }
                csv.append(c);
            }
            csv.append('"');
        } else {
            csv.append(value);
        }
    }
}
