package org.hamsafar.text;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar hamsafar.jar text-bench [--texts N] [--threads T] [--seconds S]}: how fast the
 * built-in analyser is on short texts (20 words cut from the shipped training comments, Persian
 * and English), one thread (the per-core figure) and T threads, sentiment alone and the
 * full analysis (topics, emotions, keywords); and how much heap the loaded lexicons and model
 * take. Each measurement runs after a warm-up of the same length. Prints JSON.
 */
public final class TextBenchmarkCommand {

    public static final String NAME = "text-bench";

    private TextBenchmarkCommand() {
    }

    public static int run(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int count = Integer.parseInt(options.getOrDefault("texts", "20000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "10"));

        long heapBefore = usedHeap();
        long loadStarted = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.shipped();
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        long heapAfter = usedHeap();
        List<String> texts = shortTexts(count);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", analyzer.modelVersion());
        out.put("texts", texts.size());
        out.put("averageWords", Math.round(texts.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0) * 10) / 10.0);
        out.put("loadMillis", loadMillis);
        out.put("modelHeapMegabytes", Math.round((heapAfter - heapBefore) / 1e5) / 10.0);
        out.put("sentimentPerSecondOneThread", throughput(texts, 1, seconds, analyzer::sentiment));
        out.put("analysisPerSecondOneThread", throughput(texts, 1, seconds, analyzer::analyze));
        out.put("threads", threads);
        out.put("sentimentPerSecondAllThreads", throughput(texts, threads, seconds, analyzer::sentiment));
        out.put("analysisPerSecondAllThreads", throughput(texts, threads, seconds, analyzer::analyze));
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("java", System.getProperty("java.version"));
        System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }

    /** Texts per second over {@code seconds}, after a warm-up as long. */
    private static long throughput(List<String> texts, int threads, double seconds, Consumer<String> work) {
        measure(texts, threads, seconds, work);
        return measure(texts, threads, seconds, work);
    }

    private static long measure(List<String> texts, int threads, double seconds, Consumer<String> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long started = System.nanoTime();
        List<Future<Long>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7919;
            done.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < deadline) {
                    work.accept(texts.get((int) ((offset + n) % texts.size())));
                    n++;
                }
                return n;
            }));
        }
        long total = 0;
        try {
            for (Future<Long> f : done) {
                total += f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        return Math.round(total / ((System.nanoTime() - started) / 1e9));
    }

    /** Texts of exactly 20 words, cut in turn from the shipped training comments (Persian and English). */
    static List<String> shortTexts(int count) {
        List<String> words = new ArrayList<>();
        for (String file : BuiltInModel.CORPUS) {
            DictionaryFile.read(file, columns -> words.addAll(List.of(columns[1].strip().split("\\s+"))));
        }
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; texts.size() < count; i += 20) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 20; w++) {
                text.append(w == 0 ? "" : " ").append(words.get((i + w) % words.size()));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
