package org.hamsafar.analytics.churn;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The IBM Telco customer churn table (Telco-Customer-Churn.csv, 7,043 customers) encoded as in the
 * published study: tenure, MonthlyCharges and TotalCharges numeric (a blank TotalCharges, the 11
 * customers of tenure 0, read as 0) and standardised; SeniorCitizen 0/1 as it is; every other
 * column one-hot with one column per value (as scikit-learn's DictVectorizer, names
 * {@code column=value}, values lower-cased); the label is Churn = Yes.
 */
record TelcoChurnData(List<String> names, double[][] x, boolean[] y, boolean[] standardise) {

    static final String FILE = "Telco-Customer-Churn.csv";
    private static final List<String> NUMERIC = List.of("tenure", "MonthlyCharges", "TotalCharges");
    private static final List<String> CATEGORICAL = List.of("gender", "Partner", "Dependents", "PhoneService", "MultipleLines",
            "InternetService", "OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport", "StreamingTV",
            "StreamingMovies", "Contract", "PaperlessBilling", "PaymentMethod");

    /**
     * Reads the table; the one-hot columns are the values seen on {@code vocabularyRows} (row numbers
     * of the file, e.g. the training part), so nothing of the held-out rows shapes the encoding.
     */
    static TelcoChurnData read(Path folder, int[] vocabularyRows) throws IOException {
        List<CSVRecord> records = records(folder.resolve(FILE));
        List<String> names = new ArrayList<>();
        NUMERIC.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        names.add("seniorcitizen");
        List<List<String>> levels = new ArrayList<>();
        for (String column : CATEGORICAL) {
            TreeSet<String> seen = new TreeSet<>();
            for (int r : vocabularyRows) {
                seen.add(value(records.get(r), column));
            }
            levels.add(List.copyOf(seen));
            seen.forEach(v -> names.add(column.toLowerCase(Locale.ROOT) + "=" + v));
        }
        double[][] x = new double[records.size()][names.size()];
        boolean[] y = new boolean[records.size()];
        for (int r = 0; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            double[] row = x[r];
            for (int j = 0; j < NUMERIC.size(); j++) {
                String text = record.get(NUMERIC.get(j)).trim();
                row[j] = text.isEmpty() ? 0 : Double.parseDouble(text);
            }
            row[NUMERIC.size()] = Double.parseDouble(record.get("SeniorCitizen").trim());
            int offset = NUMERIC.size() + 1;
            for (int c = 0; c < CATEGORICAL.size(); c++) {
                int level = levels.get(c).indexOf(value(record, CATEGORICAL.get(c)));
                if (level >= 0) {
                    row[offset + level] = 1;
                }
                offset += levels.get(c).size();
            }
            y[r] = "yes".equals(value(record, "Churn"));
        }
        boolean[] standardise = new boolean[names.size()];
        for (int j = 0; j < NUMERIC.size(); j++) {
            standardise[j] = true;
        }
        return new TelcoChurnData(List.copyOf(names), x, y, standardise);
    }

    /** How many customers the file holds. */
    static int count(Path folder) throws IOException {
        return records(folder.resolve(FILE)).size();
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + FILE + " in " + file.getParent());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.get(column).trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
