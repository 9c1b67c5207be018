import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Measures the latency of the experiment analysis from events and of the key-driver analysis on a
 * loaded store, one request at a time after a warm-up. Defaults read the demo company's checkout
 * experiment (exposures "experiment_viewed" of "checkout_v2", purchases within 7 days, the last 60
 * days) and the key drivers of its NPS survey (the survey id is found by name).
 *
 * Usage: java bench/ExperimentQueries.java --query analyze|drivers [--url http://127.0.0.1:8080] [--key KEY]
 *        [--requests 30] [--warmup 3] [--days 60] [--metric conversion|value] [--survey ID]
 */
public class ExperimentQueries {
    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080");
        String key = arg(args, "--key", System.getenv("HAMSAFAR_API_KEY"));
        String query = arg(args, "--query", "analyze");
        int requests = Integer.parseInt(arg(args, "--requests", "30"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "3"));
        String days = arg(args, "--days", "60");
        if (key == null || !(url.contains("127.") || url.contains("localhost") || url.contains("[::1]"))) {
            System.err.println("Needs --key (or HAMSAFAR_API_KEY) and a local --url");
            System.exit(1);
        }
        HttpClient client = HttpClient.newHttpClient();
        String from = java.time.Instant.now().minus(java.time.Duration.ofDays(Long.parseLong(days))).toString();
        String path;
        String body;
        if ("analyze".equals(query)) {
            path = "/api/v1/analytics/experiments/analyze";
            body = "{\"exposureEventType\": \"experiment_viewed\", \"experiment\": \"checkout_v2\", \"conversionEventType\": \"purchase\","
                    + " \"window\": \"7d\", \"from\": \"" + from + "\", \"metric\": \"" + arg(args, "--metric", "conversion") + "\"}";
        } else if ("drivers".equals(query)) {
            path = "/api/v1/analytics/drivers";
            String survey = arg(args, "--survey", "");
            if (survey.isEmpty()) {
                String list = send(client, url + "/api/v1/surveys?limit=100", key, null).body();
                int at = list.indexOf("\"name\":\"Post-purchase NPS\"");
                int id = list.lastIndexOf("\"id\":", at);
                survey = list.substring(id + 5, list.indexOf(',', id)).trim();
            }
            body = "{\"surveyId\": " + survey + ", \"from\": \"" + java.time.Instant.now().minus(java.time.Duration.ofDays(365)) + "\"}";
        } else {
            System.err.println("--query must be analyze or drivers");
            System.exit(1);
            return;
        }
        HttpResponse<String> first = send(client, url + path, key, body);
        System.out.println("POST " + path + " -> " + first.statusCode());
        System.out.println(first.body().length() > 600 ? first.body().substring(0, 600) + " ..." : first.body());
        for (int i = 1; i < warmup; i++) {
            send(client, url + path, key, body);
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> reply = send(client, url + path, key, body);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (reply.statusCode() != 200) {
                System.err.println("status " + reply.statusCode() + ": " + reply.body());
                System.exit(1);
            }
        }
        Arrays.sort(millis);
        System.out.printf("%d requests: median %.0f ms, p90 %.0f ms, max %.0f ms%n", requests, millis[requests / 2],
                millis[(int) Math.ceil(requests * 0.9) - 1], millis[requests - 1]);
    }

    private static HttpResponse<String> send(HttpClient client, String url, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key);
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
