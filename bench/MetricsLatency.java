import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Measures the latency of the CX metric series (GET /api/v1/metrics/{metric}) on a loaded store:
 * by default the weekly NPS series of the last 12 months, one request at a time, after a warm-up.
 * The range ends at the start of the current minute so that every request reads the same answers.
 *
 * Usage: java bench/MetricsLatency.java --url http://127.0.0.1:8080 --key KEY
 *        [--metric nps] [--interval week] [--calendar gregorian] [--months 12] [--requests 200] [--query "&surveyId=1"]
 */
public class MetricsLatency {
    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080");
        String key = arg(args, "--key", System.getenv("HAMSAFAR_API_KEY"));
        String metric = arg(args, "--metric", "nps");
        String interval = arg(args, "--interval", "week");
        String calendar = arg(args, "--calendar", "gregorian");
        int months = Integer.parseInt(arg(args, "--months", "12"));
        int requests = Integer.parseInt(arg(args, "--requests", "200"));
        String extra = arg(args, "--query", "");
        if (key == null || !(url.contains("127.") || url.contains("localhost"))) {
            System.err.println("Needs --key and a local --url");
            System.exit(1);
        }
        Instant to = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant from = to.atZone(java.time.ZoneOffset.UTC).minusMonths(months).toInstant();
        String path = "/api/v1/metrics/" + metric + "?interval=" + interval + "&calendar=" + calendar
                + "&from=" + from + "&to=" + to + extra;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + key).GET().build();
        long[] nanos = new long[requests];
        int ok = 0;
        String firstBody = null;
        for (int i = -20; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (i == -20 && response.statusCode() != 200) {
                System.err.println("GET " + path + " answered " + response.statusCode() + ": " + response.body());
                System.exit(2);
            }
            if (firstBody == null) {
                firstBody = response.body();
            }
            if (i >= 0) {
                nanos[i] = took;
                ok += response.statusCode() == 200 ? 1 : 0;
            }
        }
        Arrays.sort(nanos);
        System.out.println("GET " + path);
        System.out.println("answers in range: " + total(firstBody));
        System.out.printf("%d requests (%d ok), p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                requests, ok, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[requests - 1] / 1e6);
    }

    /** The "n" of the reply's total, read without a JSON library. */
    private static String total(String body) {
        int at = body.indexOf("\"total\"");
        int n = at < 0 ? -1 : body.indexOf("\"n\":", at);
        if (n < 0) {
            return "unknown";
        }
        int end = n + 4;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return body.substring(n + 4, end);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
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
