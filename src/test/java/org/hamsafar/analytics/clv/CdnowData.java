package org.hamsafar.analytics.clv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CDNOW files of the shared datasets folder; tests skip without them unless CI=true. */
final class CdnowData {
    static final Path FOLDER = Path.of("../shared/datasets/cdnow");

    private CdnowData() {
    }

    static Path folder() {
        assumeTrue(Files.isDirectory(FOLDER), "no datasets folder " + FOLDER.toAbsolutePath());
        return FOLDER;
    }

    /** The published summary (ID, x, t_x, T, zbar), as printed with two decimals. */
    static List<CustomerSummary> publishedSummary() {
        try {
            List<String> lines = Files.readAllLines(folder().resolve("cdnow_customers_summary_with_transactions.csv"));
            List<CustomerSummary> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                int x = Integer.parseInt(f[1].trim());
                double zbar = Double.parseDouble(f[4]);
                out.add(new CustomerSummary(Long.parseLong(f[0].trim()), x, Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        x, x == 0 ? Double.NaN : zbar));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
