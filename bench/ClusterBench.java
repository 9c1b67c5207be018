import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.SplittableRandom;
import org.hamsafar.analytics.clusters.Clustering;

/**
 * Times the clusters job's k-means++ with k chosen by silhouette, in process (no server), on
 * synthetic standardised customers: --customers points of --features features drawn around
 * --groups centres (uniform in [0, 6] per feature) with unit Gaussian noise, so groups overlap as
 * real customer groups do. Prints the time, the chosen k, the silhouette per k and the peak heap.
 *
 * Usage (after ./mvnw -DskipTests compile):
 *   java -Xmx2g -cp target/classes bench/ClusterBench.java [--customers 1m] [--features 10] [--groups 5]
 *        [--k-min 2] [--k-max 8] [--restarts 3] [--seed 1]
 */
public class ClusterBench {
    public static void main(String[] args) {
        int n = (int) number(arg(args, "--customers", "1m"));
        int d = Integer.parseInt(arg(args, "--features", "10"));
        int groups = Integer.parseInt(arg(args, "--groups", "5"));
        int kMin = Integer.parseInt(arg(args, "--k-min", "2"));
        int kMax = Integer.parseInt(arg(args, "--k-max", "8"));
        int restarts = Integer.parseInt(arg(args, "--restarts", "3"));
        long seed = Long.parseLong(arg(args, "--seed", "1"));
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[groups][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble() * 6;
            }
        }
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            int g = random.nextInt(groups);
            for (int j = 0; j < d; j++) {
                x[i * d + j] = centres[g][j] + Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            }
        }
        System.gc();
        long t0 = System.nanoTime();
        Clustering.Outcome outcome = Clustering.cluster(x, n, d, kMin, kMax, restarts, seed);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("customers %,d, features %d, true groups %d, k tried %d..%d, restarts %d%n", n, d, groups, kMin, kMax, restarts);
        System.out.printf("k-means++ with k by silhouette: %.1f s; chosen k %d, silhouette %.3f%n", seconds, outcome.k(), outcome.silhouette());
        for (int k = kMin; k < kMin + outcome.silhouetteByK().size(); k++) {
            System.out.printf("  k %d: silhouette %.3f, iterations %d%n", k, outcome.silhouetteByK().get(k - kMin),
                    outcome.iterationsByK().get(k - kMin));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap %,d MB (the points alone: %,d MB)%n", peak >> 20, ((long) n * d * 8) >> 20);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static double number(String text) {
        String t = text.toLowerCase();
        if (t.endsWith("m")) {
            return Double.parseDouble(t.substring(0, t.length() - 1)) * 1_000_000;
        }
        if (t.endsWith("k")) {
            return Double.parseDouble(t.substring(0, t.length() - 1)) * 1_000;
        }
        return Double.parseDouble(t);
    }
}
