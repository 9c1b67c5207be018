import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Measures the latency of the customer 360 reads on a loaded store: the profile with its facts
 * (GET /api/v1/customers/{id}) and the first timeline page (GET /api/v1/customers/{id}/timeline),
 * for random customers, one request at a time, after a warm-up.
 *
 * Usage: java bench/ProfileLatency.java --url http://127.0.0.1:8080 --key KEY --from 1000 --to 1001000 [--requests 500]
 * (ids of the demo company are consecutive from the first id; see GET /api/v1/customers?limit=1 for the newest).
 */
public class ProfileLatency {
    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080");
        String key = arg(args, "--key", System.getenv("HAMSAFAR_API_KEY"));
        long from = Long.parseLong(arg(args, "--from", "1000"));
        long to = Long.parseLong(arg(args, "--to", "1001000"));
        int requests = Integer.parseInt(arg(args, "--requests", "500"));
        if (key == null || !(url.contains("127.") || url.contains("localhost"))) {
            System.err.println("Needs --key and a local --url");
            System.exit(1);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        SplittableRandom random = new SplittableRandom(1404);
        for (String path : new String[] {"", "/timeline?limit=50"}) {
            long[] nanos = new long[requests];
            int found = 0;
            for (int i = -50; i < requests; i++) {
                long id = from + random.nextLong(to - from);
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/customers/" + id + path))
                        .header("Authorization", "Bearer " + key).GET().build();
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (i >= 0) {
                    nanos[i] = took;
                    found += response.statusCode() == 200 ? 1 : 0;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("GET /api/v1/customers/{id}%s: %d requests (%d found), p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    path, requests, found, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[requests - 1] / 1e6);
        }
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
