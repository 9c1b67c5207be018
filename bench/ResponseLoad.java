import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures survey response submission: one response per request, `--concurrency` requests in
 * flight, through the API (POST /api/v1/surveys/{key}/responses) or through the public page
 * (POST /s/{key}, the form a respondent's browser sends). The survey must be active, with an `nps`
 * question and a `why` text question shown for scores up to 6 (the README's example survey).
 *
 * java bench/ResponseLoad.java --survey KEY --key API_KEY [--via api|page] [--responses 20000] [--concurrency 4]
 */
public class ResponseLoad {
    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080");
        String survey = arg(args, "--survey", null);
        String key = arg(args, "--key", System.getenv("HAMSAFAR_API_KEY"));
        String via = arg(args, "--via", "api");
        int responses = Integer.parseInt(arg(args, "--responses", "20000"));
        int concurrency = Integer.parseInt(arg(args, "--concurrency", "4"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        if (survey == null || (via.equals("api") && key == null) || !(url.contains("127.") || url.contains("localhost"))) {
            System.err.println("Needs --survey, --key (for --via api) and a local --url");
            System.exit(1);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
        long[] nanos = new long[responses];
        AtomicLong firstFailure = new AtomicLong(-1);
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                Random random = new Random();
                int i;
                while ((i = next.getAndIncrement()) < responses) {
                    int nps = random.nextInt(11);
                    String why = nps <= 6 ? "ارسال " + (1 + random.nextInt(5)) + " روز دیر رسید و پشتیبانی پاسخ نداد" : null;
                    HttpRequest request = via.equals("page") ? page(url, survey, run, i, nps, why) : api(url, survey, key, run, i, nps, why);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - start;
                        int status = response.statusCode();
                        if (status == 201 || status == 200) {
                            ok.incrementAndGet();
                        } else {
                            failures.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            if (firstFailure.compareAndSet(-1, i)) {
                                System.err.println("first failure " + status + ": " + response.body().substring(0, Math.min(400, response.body().length())));
                            }
                        }
                    } catch (Exception e) {
                        failures.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("%d responses via %s, %d in flight: %d stored or accepted, failures %s%n", responses, via, concurrency, ok.get(), failures);
        System.out.printf("throughput %.0f responses/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ok.get() / seconds, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static HttpRequest api(String url, String survey, String key, String run, int i, int nps, String why) {
        String answers = "{\"nps\": " + nps + (why == null ? "" : ", \"why\": \"" + why + "\"") + "}";
        String body = "{\"id\": \"load-" + run + "-" + i + "\", \"answers\": " + answers + ", \"customer\": {\"externalId\": \"L"
                + (i % 50_000) + "\"}, \"channel\": \"email\", \"touchpoint\": \"delivery\", \"language\": \"fa\"}";
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/surveys/" + survey + "/responses"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * The form of a one-page survey as a browser posts it (answers as a.<question key>), drawn a
     * minute ago so that the anti-bot timing check passes. Start the server with a high
     * hamsafar.feedback.page-rate-limit: all load comes from one address.
     */
    private static HttpRequest page(String url, String survey, String run, int i, int nps, String why) {
        // A draft id is 22 characters: the run, then the index zero-padded so that no two collide.
        String draft = ("ld" + run + "xxxxxxxxxxxxxxxxxxxx").substring(0, 12) + String.format("%010d", i);
        StringBuilder form = new StringBuilder("draft=" + draft + "&page=1&action=next&a.nps=" + nps
                + "&started=" + (System.currentTimeMillis() - 60_000));
        if (why != null) {
            form.append("&a.why=").append(URLEncoder.encode(why, StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(URI.create(url + "/s/" + survey))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
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
