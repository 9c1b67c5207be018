import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hamsafar.analytics.churn.ChurnTraining;
import org.hamsafar.analytics.churn.RiskFactors;
import org.hamsafar.analytics.jobs.JobProgress;
import tools.jackson.databind.JsonNode;

/**
 * Trains the churn model on many synthetic customers as the churn job does (stratified 20 %
 * holdout; C chosen from the grid by 5-fold CV on at most 200,000 rows; fit on the 80 % for the
 * holdout AUC; final refit on all), then scores every customer with the top three factors as the
 * job stores them. Features: --features columns, a third of them 0/1 flags (rate 0.3), the others
 * Gaussian with pairwise correlation 0.3; churn drawn from a logistic model with known weights
 * (intercept -1, about 30 % churn), so the best achievable AUC is that of the true model, printed
 * for comparison. Reports the time and heap of each stage.
 *
 * Usage (after ./mvnw -DskipTests compile):
 *   java -Xmx8g -cp target/classes:$(ls ~/.m2/repository/tools/jackson/core/jackson-databind/3.*\/jackson-databind-3.*.jar | grep -v sources | head -1):$(ls ~/.m2/repository/tools/jackson/core/jackson-core/3.*\/jackson-core-3.*.jar | grep -v sources | head -1) \
 *        bench/ChurnTrain.java [--customers 1000000] [--features 25] [--seed 7]
 */
public class ChurnTrain {
    public static void main(String[] args) {
        int customers = Integer.parseInt(arg(args, "--customers", "1000000"));
        int features = Integer.parseInt(arg(args, "--features", "25"));
        long seed = Long.parseLong(arg(args, "--seed", "7"));
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        double[] truth = new double[features];
        for (int j = 0; j < features; j++) {
            truth[j] = (random.nextDouble() - 0.5) * (j < 5 ? 2.0 : 0.6);
        }
        double[][] x = new double[customers][features];
        boolean[] churned = new boolean[customers];
        double[] trueScore = new double[customers];
        long positives = 0;
        for (int i = 0; i < customers; i++) {
            double shared = random.nextGaussian();
            double eta = -1;
            for (int j = 0; j < features; j++) {
                double v = j % 3 == 2 ? (random.nextDouble() < 0.3 ? 1 : 0) : Math.sqrt(0.3) * shared + Math.sqrt(0.7) * random.nextGaussian();
                x[i][j] = v;
                eta += truth[j] * v;
            }
            trueScore[i] = eta;
            churned[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
            positives += churned[i] ? 1 : 0;
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            names.add("f" + j);
        }
        report("draw " + customers + " customers x " + features + " features (" + positives + " churned)", started);

        System.gc();
        started = System.nanoTime();
        ChurnTraining.Trained model = ChurnTraining.train(names, x, churned, new ChurnTraining.Options(null, 5, 1, 200_000), JobProgress.NONE);
        report("train (grid of " + model.grid().size() + " C x 5 folds on " + model.cvRows() + " rows, holdout fit, final fit)", started);
        System.out.printf("  chosen C %s, CV AUC %.4f +- %.4f, holdout AUC %.4f on %,d, final fit %d Newton steps%n",
                model.c(), model.cvAucMean(), model.cvAucSd(), model.holdoutAuc(), model.holdoutRows(), model.newtonIterations());
        System.out.printf("  AUC of the true model on all rows: %.4f%n", trueAuc(trueScore, churned));

        started = System.nanoTime();
        double[] scratch = model.scratch();
        List<JsonNode> details = new ArrayList<>(customers);
        double sum = 0;
        for (int i = 0; i < customers; i++) {
            sum += model.probability(x[i], scratch);
            details.add(RiskFactors.detail(model, x[i]));
        }
        report("score " + customers + " customers with their top 3 factors as JSON (mean risk " + String.format("%.3f", sum / customers) + ")", started);
        System.out.println("  " + details.get(0));
    }

    private static double trueAuc(double[] score, boolean[] label) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSum = 0;
        long pos = 0;
        for (int r = 0; r < order.length; r++) {
            if (label[order[r]]) {
                rankSum += r + 1;
                pos++;
            }
        }
        long neg = score.length - pos;
        return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    private static void report(String what, long startedNanos) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%-110s %8.1f s, heap used %,d MB%n", what, (System.nanoTime() - startedNanos) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
