import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a CSV of synthetic purchase events for the CLV benchmark, to be imported with
 * POST /api/v1/import/events: customers who buy as the BG/NBD model with the CDNOW estimates
 * (Fader, Hardie & Lee 2005: purchase rate ~ Gamma(r 0.243, alpha 4.414 weeks), drop-out chance
 * after each repeat purchase ~ Beta(a 0.793, b 2.426)), with spends from the Gamma-Gamma model
 * (p 6.25, q 3.74, gamma 15.44). First purchases fall in the first 84 days from --start; events run
 * for 546 days (a 273-day calibration period and a 273-day holdout, as in CDNOW). JDK only.
 *
 * Usage: java bench/ClvSeed.java [--customers 1000000] [--type purchase] [--start 2024-01-01] [--seed 7] [--out clv-events.csv]
 */
public class ClvSeed {
    public static void main(String[] args) throws IOException {
        int customers = Integer.parseInt(arg(args, "--customers", "1000000"));
        String type = arg(args, "--type", "purchase");
        LocalDate start = LocalDate.parse(arg(args, "--start", "2024-01-01"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(arg(args, "--seed", "7")));
        Path out = Path.of(arg(args, "--out", "clv-events.csv"));
        long events = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("type,occurredAt,channel,externalId,value,currency\n");
            for (int i = 1; i <= customers; i++) {
                double rate = gamma(random, 0.243) / 4.414 / 7; // purchases per day
                double x1 = gamma(random, 0.793);
                double p = x1 / (x1 + gamma(random, 2.426));
                double scale = 1 / (gamma(random, 3.74) / 15.44);
                double first = random.nextInt(84) + random.nextDouble();
                double end = 546;
                double t = first;
                while (true) {
                    events++;
                    LocalDate day = start.plusDays((long) t);
                    long seconds = (long) ((t - Math.floor(t)) * 86_400);
                    double value = gamma(random, 6.25) * scale;
                    w.write(type + "," + day + "T" + time(seconds) + "Z,web,s" + i + "," + String.format(java.util.Locale.ROOT, "%.2f", value) + ",USD\n");
                    if (t > first && random.nextDouble() < p) {
                        break;
                    }
                    t += -Math.log(1 - random.nextDouble()) / rate;
                    if (t >= end) {
                        break;
                    }
                }
            }
        }
        System.out.printf("%,d events of %,d customers in %s%n", events, customers, out);
    }

    private static String time(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Gamma(shape, 1): Marsaglia & Tsang (2000), with the boost u^(1/shape) for shape < 1. */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = Math.pow(1 + c * z, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
