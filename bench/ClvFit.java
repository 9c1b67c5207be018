import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.hamsafar.analytics.clv.BgNbd;
import org.hamsafar.analytics.clv.ClvCalculator;
import org.hamsafar.analytics.clv.CustomerSummary;
import org.hamsafar.analytics.clv.ModelFit;
import org.hamsafar.analytics.clv.ModelFitter;
import org.hamsafar.analytics.clv.ModelKind;
import org.hamsafar.analytics.clv.SpendFit;

/**
 * Fits the CLV models to many synthetic customers: summaries drawn from the BG/NBD process with the
 * CDNOW estimates (Fader, Hardie & Lee 2005: r 0.243, alpha 4.414, a 0.793, b 2.426, weeks) and
 * spends from the Gamma-Gamma model with p 6.25, q 3.74, gamma 15.44; first purchases spread over
 * the first 12 of 39 calibration weeks. Times are whole days (as the platform's purchase history
 * gives them) unless --continuous. Reports the time and heap of each fit and of scoring everyone.
 *
 * Usage (after ./mvnw -DskipTests compile):
 *   java -Xmx4g -cp target/classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *        bench/ClvFit.java [--customers 1000000] [--seed 7] [--continuous]
 */
public class ClvFit {
    public static void main(String[] args) {
        int customers = Integer.parseInt(arg(args, "--customers", "1000000"));
        long seed = Long.parseLong(arg(args, "--seed", "7"));
        boolean continuous = List.of(args).contains("--continuous");
        long started = System.nanoTime();
        List<CustomerSummary> summaries = draw(customers, seed, continuous);
        report("draw " + customers + " customers" + (continuous ? " (continuous times)" : " (whole days)"), started);
        long repeat = summaries.stream().filter(s -> s.frequency() > 0).count();
        System.out.printf("  repeat buyers %,d, repeat purchases %,d%n", repeat, summaries.stream().mapToLong(CustomerSummary::frequency).sum());
        ModelFit bg = null;
        for (ModelKind kind : ModelKind.values()) {
            System.gc();
            started = System.nanoTime();
            ModelFit fit = ModelFitter.fit(kind, summaries);
            report("fit " + kind.key(), started);
            System.out.printf("  %s LL %.1f, %d likelihood evaluations%n", fit.model().parameters(), fit.logLikelihood(), fit.evaluations());
            if (kind == ModelKind.BGNBD) {
                bg = fit;
            }
        }
        System.gc();
        started = System.nanoTime();
        SpendFit spend = ModelFitter.fitSpend(summaries);
        report("fit gamma-gamma on " + spend.customers() + " customers", started);
        System.out.printf("  %s LL %.1f, %d evaluations%n", spend.model().parameters(), spend.logLikelihood(), spend.evaluations());
        started = System.nanoTime();
        var values = new ClvCalculator(bg.model(), spend.model(), 7, 52, 12, 0.01, 1).values(summaries);
        report("score " + values.size() + " customers (P(alive), 52-week purchases, 12-month CLV)", started);
    }

    static List<CustomerSummary> draw(int n, long seed, boolean continuous) {
        GammaDistribution lambda = new GammaDistribution(new Well19937c(seed), 0.243, 1 / 4.414);
        BetaDistribution dropout = new BetaDistribution(new Well19937c(seed + 1), 0.793, 2.426);
        GammaDistribution nu = new GammaDistribution(new Well19937c(seed + 2), 3.74, 1 / 15.44);
        SplittableRandom random = new SplittableRandom(seed + 3);
        List<CustomerSummary> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double rate = lambda.sample();
            double p = dropout.sample();
            double age = continuous ? 39 - random.nextDouble() * 12 : (272 - random.nextInt(84)) / 7.0;
            double t = 0;
            double last = 0;
            int x = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / rate;
                if (t > age) {
                    break;
                }
                double time = continuous ? t : Math.floor(t * 7) / 7;
                if (time > last) {
                    x++;
                    last = time;
                }
                if (random.nextDouble() < p) {
                    break;
                }
            }
            double mean = Double.NaN;
            if (x > 0) {
                double scale = 1 / nu.sample();
                double sum = 0;
                for (int k = 0; k < x; k++) {
                    sum += gamma(random, 6.25) * scale;
                }
                mean = sum / x;
            }
            out.add(new CustomerSummary(i, x, last, age, x, mean));
        }
        return out;
    }

    /** Gamma(shape >= 1, 1) by Marsaglia & Tsang (2000). */
    static double gamma(SplittableRandom random, double shape) {
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

    static void report(String what, long started) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s: %.2f s, heap used %,d MB%n", what, (System.nanoTime() - started) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
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
