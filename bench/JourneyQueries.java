import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Measures the latency of the journey analytics queries on a loaded store, one request at a time
 * after a warm-up: a funnel, the paths after an anchor, or channel switching. The period is the 30
 * days up to the start of the current minute, so that every request reads the same events.
 *
 * Usage: java bench/JourneyQueries.java --query funnel|paths|switching [--url http://127.0.0.1:8080] [--key KEY]
 *        [--requests 30] [--warmup 3] [--days 30] [--anchor add_to_cart] [--direction after] [--depth 4]
 *        [--node-by type] [--window P1D] [--breakdown channel (funnel only)]
 *        [--body '{...}' (sent as it is, replacing the built body)]
 */
public class JourneyQueries {
    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080");
        String key = arg(args, "--key", System.getenv("HAMSAFAR_API_KEY"));
        String query = arg(args, "--query", "paths");
        int requests = Integer.parseInt(arg(args, "--requests", "30"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "3"));
        int days = Integer.parseInt(arg(args, "--days", "30"));
        if (key == null || !(url.contains("127.") || url.contains("localhost") || url.contains("[::1]"))) {
            System.err.println("Needs --key (or HAMSAFAR_API_KEY) and a local --url");
            System.exit(1);
        }
        Instant to = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant from = to.minus(Duration.ofDays(days));
        String period = "\"from\": \"" + from + "\", \"to\": \"" + to + "\"";
        String path;
        String body;
        switch (query) {
            case "funnel" -> {
                path = "/api/v1/journeys/funnels/query";
                // The demo company's web shop: a visit, a product, the cart, checkout, a purchase (5 steps).
                String breakdown = arg(args, "--breakdown", "");
                body = "{\"steps\": [{\"type\": \"page_view\"}, {\"type\": \"product_view\"}, {\"type\": \"add_to_cart\"},"
                        + " {\"type\": \"checkout_started\"}, {\"type\": \"purchase\"}], \"window\": \""
                        + arg(args, "--window", "P7D") + "\", " + period
                        + (breakdown.isEmpty() ? "" : ", \"breakdown\": {\"by\": \"" + breakdown + "\"}") + "}";
            }
            case "paths" -> {
                path = "/api/v1/journeys/paths/query";
                body = "{\"anchor\": {\"type\": \"" + arg(args, "--anchor", "add_to_cart") + "\"}, \"direction\": \""
                        + arg(args, "--direction", "after") + "\", \"depth\": " + arg(args, "--depth", "4") + ", \"nodeBy\": \""
                        + arg(args, "--node-by", "type") + "\", \"window\": \"" + arg(args, "--window", "P1D") + "\", " + period + "}";
            }
            case "switching" -> {
                // Without intents every touchpoint is an intent: the widest form of the question.
                path = "/api/v1/journeys/channel-switching/query";
                body = "{\"window\": \"" + arg(args, "--window", "PT24H") + "\", " + period + "}";
            }
            default -> {
                System.err.println("--query must be funnel, paths or switching");
                System.exit(1);
                return;
            }
        }
        body = arg(args, "--body", body);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long[] nanos = new long[requests];
        String firstBody = null;
        for (int i = -warmup; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                System.err.println("POST " + path + " answered " + response.statusCode() + ": " + response.body());
                System.exit(2);
            }
            if (firstBody == null) {
                firstBody = response.body();
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.println("POST " + path + " " + body);
        System.out.println("answer starts: " + firstBody.substring(0, Math.min(200, firstBody.length())));
        System.out.printf("%d requests, p50 %.0f ms, p90 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                requests, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.95), nanos[requests - 1] / 1e6);
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
