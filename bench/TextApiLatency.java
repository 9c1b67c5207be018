import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Measures the latency of POST /api/v1/text/analyze with 100 short texts (about 20 words, Persian
 * and English mixed 3:1, made from a small word list so that every request differs), one request
 * at a time, after a warm-up.
 *
 * Usage: java bench/TextApiLatency.java --url http://127.0.0.1:8080 --key KEY [--texts 100] [--requests 300]
 */
public class TextApiLatency {
    private static final String[] FA = ("غذا پیک سفارش خیلی خوب بد بود نبود دیر رسید سرد گرم خوشمزه عالی افتضاح قیمت گران ارزان "
            + "بسته بندی پشتیبانی جواب نداد ممنون اپلیکیشن پرداخت ولی اما همیشه دوباره کیفیت تازه کم زیاد").split(" ");
    private static final String[] EN = ("the food was great bad late cold delivery courier rude friendly app crashed payment "
            + "failed support never answered thanks price too expensive cheap quality fresh but always again").split(" ");

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080");
        String key = arg(args, "--key", System.getenv("HAMSAFAR_API_KEY"));
        int texts = Integer.parseInt(arg(args, "--texts", "100"));
        int requests = Integer.parseInt(arg(args, "--requests", "300"));
        if (key == null || !(url.contains("127.") || url.contains("localhost"))) {
            System.err.println("Needs --key and a local --url");
            System.exit(1);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        SplittableRandom random = new SplittableRandom(1);
        long[] nanos = new long[requests];
        int warmUp = 30;
        for (int i = -warmUp; i < requests; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/text/analyze")).timeout(Duration.ofMinutes(1))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(texts, random))).build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                System.err.println("answered " + response.statusCode() + ": " + response.body());
                System.exit(2);
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("POST /api/v1/text/analyze with %d texts of ~20 words, %d requests one at a time%n", texts, requests);
        System.out.printf("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(nanos, 0.5), ms(nanos, 0.9), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    private static String body(int texts, SplittableRandom random) {
        StringBuilder json = new StringBuilder("{\"texts\": [");
        for (int t = 0; t < texts; t++) {
            String[] words = random.nextInt(4) == 0 ? EN : FA;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 20; w++) {
                text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            json.append(t == 0 ? "" : ",").append("{\"id\": \"t").append(t).append("\", \"text\": \"").append(text).append("\"}");
        }
        return json.append("]}").toString();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
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
