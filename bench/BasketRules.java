import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.hamsafar.analytics.basket.AssociationRule;
import org.hamsafar.analytics.basket.BasketMining;
import org.hamsafar.analytics.basket.Baskets;
import org.hamsafar.analytics.basket.MiningOptions;
import org.hamsafar.analytics.basket.MiningResult;

/**
 * Times FP-growth and rule generation on synthetic baskets, in process (no server): item popularity
 * Zipf-distributed over --items items, basket sizes 1 + Poisson(mean - 1), and a share of baskets
 * (--bundle-share) that also hold one of 50 bundles of 2-3 items (Zipf over bundles), so that real
 * rules exist besides the popular items. Prints the time to generate, to mine and the heap used.
 *
 * Usage (after ./mvnw -DskipTests compile):
 *   java -Xmx4g -cp target/classes bench/BasketRules.java [--baskets 1m] [--items 1000] [--zipf 1.0] [--mean 4]
 *        [--bundle-share 0.3] [--support 0.001] [--confidence 0.3] [--consequent single|any] [--max-length 10] [--seed 1404]
 */
public class BasketRules {
    public static void main(String[] args) {
        int count = (int) number(arg(args, "--baskets", "1m"));
        int items = (int) number(arg(args, "--items", "1000"));
        double zipf = Double.parseDouble(arg(args, "--zipf", "1.0"));
        double mean = Double.parseDouble(arg(args, "--mean", "4"));
        double bundleShare = Double.parseDouble(arg(args, "--bundle-share", "0.3"));
        double support = Double.parseDouble(arg(args, "--support", "0.001"));
        double confidence = Double.parseDouble(arg(args, "--confidence", "0.3"));
        MiningOptions.Consequent consequent = MiningOptions.Consequent.valueOf(arg(args, "--consequent", "single").toUpperCase());
        int maxLength = Integer.parseInt(arg(args, "--max-length", "10"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(arg(args, "--seed", "1404")));

        long t0 = System.nanoTime();
        double[] itemCdf = zipfCdf(items, zipf);
        int[][] bundles = new int[50][];
        for (int b = 0; b < bundles.length; b++) {
            bundles[b] = random.ints(2 + random.nextInt(2), 0, items).distinct().toArray();
        }
        double[] bundleCdf = zipfCdf(bundles.length, 1.0);
        Baskets.Builder builder = Baskets.builder();
        for (int i = 0; i < items; i++) {
            builder.idOf("item-" + i);
        }
        long itemsDrawn = 0;
        for (int b = 0; b < count; b++) {
            builder.newBasket();
            int size = 1 + poisson(random, mean - 1);
            for (int k = 0; k < size; k++) {
                builder.add(draw(random, itemCdf));
            }
            itemsDrawn += size;
            if (random.nextDouble() < bundleShare) {
                for (int item : bundles[draw(random, bundleCdf)]) {
                    builder.add(item);
                }
            }
        }
        Baskets baskets = builder.build();
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heapBaskets = heapUsed();
        resetPeaks();

        MiningOptions options = new MiningOptions(support, confidence, 0, maxLength, consequent, 1000, MiningOptions.DEFAULT_MAX_ITEMSETS);
        long t1 = System.nanoTime();
        MiningResult result = BasketMining.mine(baskets, options);
        double mineSeconds = (System.nanoTime() - t1) / 1e9;
        long peak = peakHeap();

        System.out.printf("machine         %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("baskets         %,d (%,d item occurrences, %.2f distinct items per basket; %,d drawn), %,d items, Zipf %.2f, bundles in %.0f%%%n",
                baskets.size(), baskets.itemOccurrences(), (double) baskets.itemOccurrences() / baskets.size(), itemsDrawn, items, zipf,
                bundleShare * 100);
        System.out.printf("generated in    %.2f s; heap after GC holding the baskets %d MB%n", generateSeconds, heapBaskets >> 20);
        System.out.printf("options         support %s (count >= %,d), confidence %s, consequent %s, max length %d%n", support,
                result.minCount(), confidence, consequent.name().toLowerCase(), maxLength);
        System.out.printf("FP-growth+rules %.2f s: %,d frequent itemsets %s, %,d rules%n", mineSeconds, result.itemsetCount(),
                Arrays.toString(Arrays.copyOfRange(result.itemsetsByLength(), 1, result.itemsetsByLength().length)), result.rulesFound());
        System.out.printf("peak heap       %d MB while mining (sampled by the JVM's pool peaks, garbage included)%n", peak >> 20);
        for (AssociationRule rule : result.rules().subList(0, Math.min(5, result.rules().size()))) {
            System.out.printf("  %s -> %s  support %.5f confidence %.3f lift %.2f%n", names(baskets, rule.antecedent()),
                    names(baskets, rule.consequent()), rule.support(), rule.confidence(), rule.lift());
        }
    }

    private static String names(Baskets baskets, int[] items) {
        return Arrays.stream(items).mapToObj(baskets::itemName).reduce((a, b) -> a + "," + b).orElse("");
    }

    private static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1 / Math.pow(i + 1, s);
            cdf[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= total;
        }
        return cdf;
    }

    private static int draw(SplittableRandom random, double[] cdf) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double number(String text) {
        String t = text.replace("_", "").replace(",", "").toLowerCase();
        double scale = t.endsWith("m") ? 1e6 : t.endsWith("k") ? 1e3 : 1;
        return Double.parseDouble(scale == 1 ? t : t.substring(0, t.length() - 1)) * scale;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
