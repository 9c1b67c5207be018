/*
 * EventLoad: a load tool for Hamsafar's event ingestion API (POST /api/v1/events).
 *
 * A single-file Java 17 program with no dependencies beyond the JDK. Run it with the source launcher:
 *
 *   java bench/EventLoad.java --key <api key> [options]
 *   HAMSAFAR_API_KEY=<api key> java bench/EventLoad.java --events 2m --batch 2000 --concurrency 8
 *   java bench/EventLoad.java --help
 *
 * It generates realistic events batch by batch (never all of them at once), posts them with a fixed
 * number of requests in flight, and prints accepted / duplicate / rejected counts, HTTP errors,
 * throughput, batch latency percentiles, its own heap use and, when the actuator answers, the
 * server's JVM memory before and after. Progress goes to stderr, the report to stdout, so
 * `--json > result.json` captures only the report. See bench/README.md.
 *
 * Exit status: 0 all batches succeeded, 1 bad options, 2 stopped because the server refused the
 * first batches (or the key), 3 finished but some batches failed, 130 interrupted.
 */

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

public final class EventLoad {

    static final String USAGE = """
            Usage: java bench/EventLoad.java --key <api key> [options]

            Posts generated events to Hamsafar's POST {url}/api/v1/events and reports throughput and latency.

            Options:
              --url URL               server base URL (default http://127.0.0.1:8080; loopback only
                                      unless --allow-remote)
              --key KEY               API key with the ingest scope (default: env HAMSAFAR_API_KEY)
              --events N              events to send in the measured phase (default 1,000,000;
                                      accepts 1_000_000, 1,000,000, 500k, 2m)
              --batch N               events per request, 1..10000 (default 1000)
              --concurrency N         requests in flight at once (default 4)
              --customers N           distinct customers, externalId L0000001.. (default 100000)
              --skew S                customer popularity: 0 = uniform (default); S > 0 = Zipf-like
                                      with exponent S (1.0 is classic Zipf; L0000001 is the busiest)
              --seed N                seed for the generated content (default 1404)
              --warmup-batches N      batches sent first and not counted (default 20)
              --reuse-ids             ids depend only on --seed (not on a fresh run id): a second run
                                      with the same --seed re-sends ids it has already sent, so
                                      its events come back as duplicates
              --report-every S        progress line every S seconds on stderr, 0 = off (default 5)
              --timeout S             per-request timeout in seconds (default 300)
              --json                  print the final report as one JSON object
              --allow-remote          allow a --url that is not 127.0.0.1 / localhost / [::1]
              --help                  show this help

            Exit status: 0 ok, 1 bad options, 2 stopped early (key refused, server unreachable,
            first batches failed), 3 finished with failed batches, 130 interrupted.
            """;

    /** The API's limit on events per request. */
    static final int MAX_BATCH = 10_000;

    private final Options options;
    private final HttpClient client;

    private EventLoad(Options options) {
        this.options = options;
        // HTTP/1.1 explicitly: one request per connection at a time, as browsers' collectors and
        // most server-side senders do; the client pools up to `concurrency` connections.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args, System.getenv("HAMSAFAR_API_KEY"));
        } catch (UsageException e) {
            System.err.println("EventLoad: " + e.getMessage());
            System.err.println("Run with --help to see the options.");
            System.exit(1);
            return;
        }
        System.exit(new EventLoad(options).run());
    }

    private int run() {
        String runId = options.reuseIds() ? "s" + options.seed() : newRunId();
        EventGenerator generator = new EventGenerator(options, Instant.now().getEpochSecond());
        LoadRunner runner = new LoadRunner(client, options, generator);
        CountDownLatch reported = new CountDownLatch(1);
        installInterruptHook(runner, reported);
        try {
            return runPhases(runId, runner);
        } finally {
            reported.countDown();
        }
    }

    private int runPhases(String runId, LoadRunner runner) {
        progress("EventLoad run %s: %,d events in batches of %,d, %d in flight, %,d customers (%s), against %s",
                runId, options.events(), options.batch(), options.concurrency(), options.customers(),
                options.skew() == 0 ? "uniform" : "Zipf-like, s=" + options.skew(), options.url());
        OptionalLong serverBefore = ServerMemory.read(client, options);

        if (options.warmupBatches() > 0) {
            Phase warmup = new Phase("warmup", "load-" + runId + "-w", (long) options.warmupBatches() * options.batch(),
                    options.batch(), 1);
            progress("Warming up with %d batches (not counted)...", options.warmupBatches());
            runner.run(warmup, new PhaseStats());
        }
        if (runner.abortReason() != null) {
            progress("EventLoad stopped: %s", runner.abortReason());
            return 2;
        }

        ClientHeap heap = new ClientHeap();
        Phase measured = new Phase("measured", "load-" + runId + "-", options.events(), options.batch(), 0);
        PhaseStats stats = new PhaseStats();
        ScheduledExecutorService monitor = startMonitor(stats, heap);
        long nanos = runner.run(measured, stats);
        monitor.shutdownNow();

        OptionalLong serverAfter = ServerMemory.read(client, options);
        heap.sampleAfterGc();
        Report report = new Report(options, runId, stats, nanos, heap, serverBefore, serverAfter,
                runner.abortReason(), runner.interrupted());
        if (runner.abortReason() != null) {
            progress("EventLoad stopped: %s", runner.abortReason());
            if (stats.batchesOk.sum() == 0) {
                return 2; // nothing measured: the message above is the useful part
            }
        }
        System.out.println(options.json() ? report.toJson() : report.toText());
        if (runner.interrupted()) {
            return 130;
        }
        return runner.abortReason() != null ? 2 : stats.failedBatches.sum() > 0 ? 3 : 0;
    }

    /** Ctrl-C stops sending, lets in-flight requests finish and still prints the (partial) report. */
    private static void installInterruptHook(LoadRunner runner, CountDownLatch reported) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (reported.getCount() == 0) {
                return; // normal exit
            }
            runner.interrupt();
            try {
                reported.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "eventload-interrupt"));
    }

    /** Progress lines every --report-every seconds, and a heap sample every second for the peak. */
    private ScheduledExecutorService startMonitor(PhaseStats stats, ClientHeap heap) {
        ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "eventload-monitor");
            thread.setDaemon(true);
            return thread;
        });
        monitor.scheduleAtFixedRate(heap::sample, 0, 1, TimeUnit.SECONDS);
        if (options.reportEverySeconds() > 0) {
            ProgressLine line = new ProgressLine(stats);
            monitor.scheduleAtFixedRate(line::print, options.reportEverySeconds(), options.reportEverySeconds(),
                    TimeUnit.SECONDS);
        }
        return monitor;
    }

    /** Unique enough across runs on one server: start time in base 36 plus four random characters. */
    private static String newRunId() {
        return Long.toString(System.currentTimeMillis(), 36)
                + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36) + 36L * 36 * 36 * 36, 36)
                .substring(1);
    }

    static void progress(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }

    // ------------------------------------------------------------------------------------------
    // Options

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    record Options(URI url, String key, long events, int batch, int concurrency, int customers, double skew,
                   long seed, int warmupBatches, boolean reuseIds, int reportEverySeconds, int timeoutSeconds,
                   boolean json, boolean allowRemote) {

        private static final Set<String> FLAGS = Set.of("--reuse-ids", "--json", "--allow-remote");
        private static final Set<String> VALUED = Set.of("--url", "--key", "--events", "--batch", "--concurrency",
                "--customers", "--skew", "--seed", "--warmup-batches", "--report-every", "--timeout");

        static Options parse(String[] args, String keyFromEnvironment) throws UsageException {
            Map<String, String> values = new HashMap<>();
            Set<String> flags = new HashSet<>();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                String value = null;
                int equals = name.indexOf('=');
                if (name.startsWith("--") && equals > 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                if (FLAGS.contains(name) && value == null) {
                    flags.add(name);
                } else if (VALUED.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    values.put(name, value);
                } else {
                    throw new UsageException("unknown option or argument: " + args[i]);
                }
            }
            String key = values.getOrDefault("--key", keyFromEnvironment);
            if (key == null || key.isBlank()) {
                throw new UsageException("an API key is needed: pass --key or set HAMSAFAR_API_KEY");
            }
            boolean allowRemote = flags.contains("--allow-remote");
            return new Options(
                    url(values.getOrDefault("--url", "http://127.0.0.1:8080"), allowRemote),
                    key.trim(),
                    count(values, "--events", 1_000_000, 1, Long.MAX_VALUE / 2),
                    (int) count(values, "--batch", 1000, 1, MAX_BATCH),
                    (int) count(values, "--concurrency", 4, 1, 1024),
                    (int) count(values, "--customers", 100_000, 1, 99_999_999),
                    skew(values.getOrDefault("--skew", "0")),
                    seed(values.getOrDefault("--seed", "1404")),
                    (int) count(values, "--warmup-batches", 20, 0, 1_000_000),
                    flags.contains("--reuse-ids"),
                    (int) count(values, "--report-every", 5, 0, 86_400),
                    (int) count(values, "--timeout", 300, 1, 86_400),
                    flags.contains("--json"),
                    allowRemote);
        }

        /**
         * A load tool writes data and can saturate a server, so by default it only talks to this
         * machine; pointing it elsewhere has to be deliberate.
         */
        private static URI url(String text, boolean allowRemote) throws UsageException {
            URI uri;
            try {
                uri = URI.create(text.replaceAll("/+$", ""));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--url is not a URL: " + text);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UsageException("--url must look like http://127.0.0.1:8080, got " + text);
            }
            if (!allowRemote && !isLoopback(uri.getHost())) {
                throw new UsageException("--url " + text + " is not on this machine; add --allow-remote if you mean it");
            }
            return uri;
        }

        private static boolean isLoopback(String host) {
            return host.equalsIgnoreCase("localhost") || host.equals("[::1]")
                    || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
        }

        /** Whole numbers, with _ or , as digit separators and an optional k / m suffix. */
        private static long count(Map<String, String> values, String name, long fallback, long min, long max)
                throws UsageException {
            String text = values.get(name);
            if (text == null) {
                return fallback;
            }
            String plain = text.replace("_", "").replace(",", "").trim().toLowerCase(Locale.ROOT);
            long multiplier = 1;
            if (plain.endsWith("k")) {
                multiplier = 1_000;
            } else if (plain.endsWith("m")) {
                multiplier = 1_000_000;
            }
            try {
                long value = Math.multiplyExact(Long.parseLong(multiplier == 1 ? plain : plain.substring(0, plain.length() - 1)),
                        multiplier);
                if (value < min || value > max) {
                    throw new UsageException(String.format(Locale.ROOT, "%s must be between %,d and %,d, got %s",
                            name, min, max, text));
                }
                return value;
            } catch (NumberFormatException | ArithmeticException e) {
                throw new UsageException(name + " needs a whole number, got " + text);
            }
        }

        private static double skew(String text) throws UsageException {
            try {
                double value = Double.parseDouble(text);
                if (value >= 0 && value <= 10) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--skew needs a number from 0 (uniform) to 10, got " + text);
        }

        private static long seed(String text) throws UsageException {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--seed needs a whole number, got " + text);
            }
        }

        URI eventsUri() {
            return URI.create(url + "/api/v1/events");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Event generation

    /**
     * One stream of batches: the warmup or the measured phase. {@code salt} keeps their content
     * apart; {@code idPrefix} keeps their ids apart, so warmup never turns measured events into
     * duplicates.
     */
    record Phase(String name, String idPrefix, long events, int batch, long salt) {
        long batches() {
            return (events + batch - 1) / batch;
        }
    }

    /** Event types with realistic weights (out of 100), their touchpoints and their fixed channel, if any. */
    enum EventType {
        PAGE_VIEW("page_view", 45, null, "home", "category_page", "product_page", "product_page", "search", "blog"),
        PRODUCT_VIEW("product_view", 20, null, "product_page"),
        ADD_TO_CART("add_to_cart", 8, null, "product_page", "cart"),
        CHECKOUT_STARTED("checkout_started", 4, null, "cart", "checkout"),
        PURCHASE("purchase", 3, null, "checkout"),
        CALL_ENDED("call_ended", 5, "phone", "support_line", "sales_line"),
        CHAT_MESSAGE("chat_message", 7, "chat", "support_chat"),
        EMAIL_OPENED("email_opened", 8, "email", "newsletter", "order_update", "abandoned_cart");

        static final int TOTAL_WEIGHT = 100;

        final String key;
        final int weight;
        final String channel;
        final String[] touchpoints;

        EventType(String key, int weight, String channel, String... touchpoints) {
            this.key = key;
            this.weight = weight;
            this.channel = channel;
            this.touchpoints = touchpoints;
        }

        static EventType pick(SplittableRandom random) {
            int ticket = random.nextInt(TOTAL_WEIGHT);
            for (EventType type : values()) {
                ticket -= type.weight;
                if (ticket < 0) {
                    return type;
                }
            }
            throw new IllegalStateException("weights do not add up to " + TOTAL_WEIGHT);
        }
    }

    /**
     * Writes batches as JSON text. The content of a batch depends only on (seed, phase, first event
     * number), so runs with the same options send the same events, and nothing is kept between
     * batches: memory does not grow with --events.
     */
    static final class EventGenerator {
        private static final long YEAR_SECONDS = 365L * 24 * 3600;
        /** Already JSON-safe; two in Persian (written as escapes so any source encoding works). */
        private static final String[] CHAT_TEXTS = {
                "Hi, where is my order?",
                "Can I change the delivery address?",
                "Is this available in blue?",
                "\u0633\u0644\u0627\u0645\u060c \u0633\u0641\u0627\u0631\u0634\u0645 \u06a9\u06cc \u0645\u06cc\u200c\u0631\u0633\u0647\u061f",
                "\u0645\u0645\u0646\u0648\u0646 \u0627\u0632 \u0631\u0627\u0647\u0646\u0645\u0627\u06cc\u06cc",
        };

        private final long seed;
        private final long newestEpochSecond;
        private final CustomerPicker customers;

        EventGenerator(Options options, long newestEpochSecond) {
            this.seed = options.seed();
            this.newestEpochSecond = newestEpochSecond;
            this.customers = new CustomerPicker(options.customers(), options.skew());
        }

        /** Events first .. first+count-1 of the phase, as a UTF-8 JSON array; {@code text} is reused scratch space. */
        byte[] batch(Phase phase, long first, int count, StringBuilder text) {
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + phase.salt() * 0xC2B2AE3D27D4EB4FL + first);
            text.setLength(0);
            text.append('[');
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(',');
                }
                appendEvent(text, phase.idPrefix(), first + i, random);
            }
            text.append(']');
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        private void appendEvent(StringBuilder out, String idPrefix, long number, SplittableRandom random) {
            EventType type = EventType.pick(random);
            String channel = type.channel != null ? type.channel : random.nextInt(100) < 65 ? "web" : "app";
            long customer = customers.next(random);
            long occurredAt = newestEpochSecond - random.nextLong(YEAR_SECONDS);

            out.append("{\"id\":\"").append(idPrefix).append(number)
                    .append("\",\"type\":\"").append(type.key)
                    .append("\",\"occurredAt\":\"").append(Instant.ofEpochSecond(occurredAt))
                    .append("\",\"channel\":\"").append(channel)
                    .append("\",\"touchpoint\":\"").append(type.touchpoints[random.nextInt(type.touchpoints.length)])
                    .append("\",\"customer\":{\"externalId\":\"");
            appendExternalId(out, customer);
            out.append("\"}");
            if (!channel.equals("phone") && !channel.equals("email")) {
                // One session per customer, channel and day: events of a visit share it.
                out.append(",\"sessionId\":\"s-").append(customer).append('-').append(channel).append('-')
                        .append(occurredAt / 86_400).append('"');
            }
            appendTypeFields(out, type, random);
            out.append('}');
        }

        private static void appendTypeFields(StringBuilder out, EventType type, SplittableRandom random) {
            switch (type) {
                case PURCHASE -> out.append(",\"value\":").append(random.nextLong(50, 5_000) * 10_000)
                        .append(",\"currency\":\"IRR\",\"properties\":{\"items\":").append(1 + random.nextInt(5)).append('}');
                case ADD_TO_CART, CHECKOUT_STARTED ->
                        out.append(",\"properties\":{\"items\":").append(1 + random.nextInt(5)).append('}');
                case CHAT_MESSAGE -> out.append(",\"text\":\"").append(CHAT_TEXTS[random.nextInt(CHAT_TEXTS.length)]).append('"');
                default -> {
                    // page views, product views, calls and email opens carry only the common fields
                }
            }
        }

        /** L%07d without String.format, which would dominate the generator's cost. */
        private static void appendExternalId(StringBuilder out, long customer) {
            out.append('L');
            String digits = Long.toString(customer);
            for (int pad = digits.length(); pad < 7; pad++) {
                out.append('0');
            }
            out.append(digits);
        }
    }

    /**
     * Draws customer numbers 1..n, uniformly or Zipf-like. The skewed draw inverts the continuous
     * power law x^-s on [1, n+1), which needs no table (memory stays constant whatever n is) and is
     * close to a true Zipf distribution except at the very top ranks.
     */
    static final class CustomerPicker {
        private final int customers;
        private final double skew;
        private final double logRange;   // for s = 1
        private final double span;       // for s != 1: (n+1)^(1-s) - 1
        private final double inverse;    // for s != 1: 1 / (1-s)

        CustomerPicker(int customers, double skew) {
            this.customers = customers;
            this.skew = skew;
            this.logRange = Math.log(customers + 1.0);
            this.span = Math.pow(customers + 1.0, 1 - skew) - 1;
            this.inverse = 1 / (1 - skew);
        }

        long next(SplittableRandom random) {
            if (skew == 0) {
                return 1 + random.nextInt(customers);
            }
            double u = random.nextDouble();
            double x = Math.abs(skew - 1) < 1e-9 ? Math.exp(u * logRange) : Math.pow(1 + u * span, inverse);
            return Math.max(1, Math.min(customers, (long) x));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Sending

    /** Runs a phase with `concurrency` worker threads, each sending one batch at a time. */
    static final class LoadRunner {
        /** Statuses that will not get better by retrying: stop at once with an explanation. */
        private static final Set<Integer> FATAL_STATUSES = Set.of(401, 403, 404, 405, 413, 415);
        /** Failures before any success that mean "the server is not taking these at all". */
        private static final int FAILURES_BEFORE_GIVING_UP = 3;

        private final HttpClient client;
        private final Options options;
        private final EventGenerator generator;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicBoolean interrupted = new AtomicBoolean();
        private final AtomicBoolean anySuccess = new AtomicBoolean();
        private final AtomicInteger failuresBeforeSuccess = new AtomicInteger();
        private volatile String abortReason;

        LoadRunner(HttpClient client, Options options, EventGenerator generator) {
            this.client = client;
            this.options = options;
            this.generator = generator;
        }

        /** Sends every batch of the phase (unless stopped); returns the phase's wall time in nanoseconds. */
        long run(Phase phase, PhaseStats stats) {
            AtomicLong nextBatch = new AtomicLong();
            List<Thread> workers = new ArrayList<>();
            long start = System.nanoTime();
            stats.start(start);
            for (int i = 0; i < options.concurrency(); i++) {
                Thread worker = new Thread(() -> work(phase, stats, nextBatch), "eventload-" + phase.name() + "-" + i);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                joinQuietly(worker);
            }
            return System.nanoTime() - start;
        }

        private void work(Phase phase, PhaseStats stats, AtomicLong nextBatch) {
            StringBuilder scratch = new StringBuilder();
            while (!stop.get()) {
                long batch = nextBatch.getAndIncrement();
                if (batch >= phase.batches()) {
                    return;
                }
                long first = batch * phase.batch();
                int count = (int) Math.min(phase.batch(), phase.events() - first);
                send(generator.batch(phase, first, count, scratch), count, stats);
            }
        }

        /** One request; latency covers sending the body and reading the whole reply, not generating it. */
        private void send(byte[] body, int count, PhaseStats stats) {
            HttpRequest request = HttpRequest.newBuilder(options.eventsUri())
                    .timeout(Duration.ofSeconds(options.timeoutSeconds()))
                    .header("Authorization", "Bearer " + options.key())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                long micros = (System.nanoTime() - start) / 1_000;
                handle(response, count, micros, stats);
            } catch (HttpTimeoutException e) {
                failed("timeout", "no reply within " + options.timeoutSeconds() + " s", count, stats, false);
            } catch (ConnectException e) {
                failed("connect", "could not connect to " + options.url() + "; is the server running?", count, stats, false);
            } catch (IOException e) {
                String key = e.getCause() instanceof ConnectException ? "connect" : "io";
                failed(key, e.toString(), count, stats, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }

        private void handle(HttpResponse<String> response, int count, long micros, PhaseStats stats) {
            int status = response.statusCode();
            if (status != 200) {
                failed(String.valueOf(status), snippet(response.body()), count, stats, FATAL_STATUSES.contains(status));
                return;
            }
            BatchReply reply = BatchReply.parse(response.body());
            if (reply == null) {
                failed("bad-reply", "200 without accepted/duplicates: " + snippet(response.body()), count, stats, false);
                return;
            }
            anySuccess.set(true);
            stats.recordReply(count, reply, micros);
        }

        private void failed(String key, String detail, int count, PhaseStats stats, boolean fatal) {
            stats.recordFailure(key, detail, count);
            if (fatal || (!anySuccess.get() && failuresBeforeSuccess.incrementAndGet() >= FAILURES_BEFORE_GIVING_UP)) {
                abort(explain(key, detail));
            }
        }

        private String explain(String key, String detail) {
            String advice = switch (key) {
                case "401" -> "the server refused the API key (401). Pass the key the server was started with"
                        + " (HAMSAFAR_API_KEY) or another key with the ingest scope.";
                case "403" -> "the API key lacks the ingest scope (403).";
                case "404" -> "no event API at " + options.eventsUri() + " (404): check --url and that the server"
                        + " build includes event ingestion.";
                case "405", "415" -> "the server does not take this request format (" + key + ").";
                case "413" -> "the batch is too large for the server (413): lower --batch or raise"
                        + " hamsafar.api.max-request-bytes.";
                case "connect" -> "could not connect to " + options.url() + ": is the server running?";
                default -> "the first " + FAILURES_BEFORE_GIVING_UP + " batches all failed (last: " + key + ").";
            };
            return key.equals("connect") || detail.isEmpty() ? advice : advice + " Server said: " + detail;
        }

        private void abort(String reason) {
            if (abortReason == null) {
                abortReason = reason;
            }
            stop.set(true);
        }

        void interrupt() {
            interrupted.set(true);
            stop.set(true);
        }

        boolean interrupted() {
            return interrupted.get();
        }

        String abortReason() {
            return abortReason;
        }

        private static String snippet(String body) {
            String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
            return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
        }

        private static void joinQuietly(Thread thread) {
            while (true) {
                try {
                    thread.join();
                    return;
                } catch (InterruptedException e) {
                    // the interrupt hook stops the workers through the stop flag; keep waiting for them
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Replies

    /** The three counts of a 200 reply, and the first rejection's text for the report. */
    record BatchReply(long accepted, long duplicates, long rejected, String firstRejection) {

        /** Null when the reply lacks accepted or duplicates. */
        static BatchReply parse(String json) {
            ReplyScanner scanner = new ReplyScanner(json);
            long accepted = -1;
            long duplicates = -1;
            long rejected = 0;
            String firstRejection = null;
            if (!scanner.enterObject()) {
                return null;
            }
            for (String key = scanner.nextKey(); key != null; key = scanner.nextKey()) {
                switch (key) {
                    case "accepted" -> accepted = scanner.readLong();
                    case "duplicates" -> duplicates = scanner.readLong();
                    case "rejected" -> {
                        // An array of {index, errors}; tolerate a plain count too.
                        if (scanner.peek() == '[') {
                            List<String> items = scanner.readArrayItems(1);
                            rejected = scanner.lastArraySize();
                            firstRejection = items.isEmpty() ? null : items.get(0);
                        } else {
                            rejected = scanner.readLong();
                        }
                    }
                    default -> scanner.skipValue();
                }
            }
            return accepted < 0 || duplicates < 0 ? null : new BatchReply(accepted, duplicates, Math.max(rejected, 0),
                    firstRejection);
        }
    }

    /**
     * Just enough JSON reading for the reply: walks the keys of the top-level object and skips
     * values it does not need, respecting strings and nesting. Malformed input ends the walk
     * instead of throwing.
     */
    static final class ReplyScanner {
        private final String text;
        private int pos;
        private boolean firstKey = true;
        private long lastArraySize;

        ReplyScanner(String text) {
            this.text = text == null ? "" : text;
        }

        boolean enterObject() {
            skipWhitespace();
            if (peek() != '{') {
                return false;
            }
            pos++;
            return true;
        }

        /** The next key of the current object (positioned before its value), or null at the end. */
        String nextKey() {
            skipWhitespace();
            if (!firstKey && peek() == ',') {
                pos++;
                skipWhitespace();
            }
            firstKey = false;
            if (peek() != '"') {
                return null;
            }
            int start = pos;
            skipString();
            String key = text.substring(start + 1, Math.max(start + 1, pos - 1));
            skipWhitespace();
            if (peek() != ':') {
                return null;
            }
            pos++;
            skipWhitespace();
            return key;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        long readLong() {
            double value = readNumber();
            return Double.isNaN(value) ? -1 : (long) value;
        }

        /** A JSON number (integer or like 2.5E8), or NaN when the value is not a number. */
        double readNumber() {
            skipWhitespace();
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            try {
                return Double.parseDouble(text.substring(start, pos));
            } catch (NumberFormatException e) {
                skipValue();
                return Double.NaN;
            }
        }

        /** Skips an array, counting its items (see {@link #lastArraySize()}) and keeping the text of the first {@code keep}. */
        List<String> readArrayItems(int keep) {
            List<String> kept = new ArrayList<>();
            lastArraySize = 0;
            pos++; // '['
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return kept;
            }
            while (pos < text.length()) {
                skipWhitespace();
                int start = pos;
                skipValue();
                lastArraySize++;
                if (kept.size() < keep) {
                    kept.add(text.substring(start, pos));
                }
                skipWhitespace();
                char next = peek();
                pos++;
                if (next != ',') {
                    break; // ']' or malformed
                }
            }
            return kept;
        }

        long lastArraySize() {
            return lastArraySize;
        }

        /** Skips one value of any kind. */
        void skipValue() {
            skipWhitespace();
            char c = peek();
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                skipNested();
            } else {
                while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
                    pos++;
                }
            }
        }

        private void skipNested() {
            int depth = 0;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"') {
                    skipString();
                    continue;
                }
                pos++;
                if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return;
                }
            }
        }

        /** From an opening quote to just past the closing one, honouring backslash escapes. */
        private void skipString() {
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '\\') {
                    pos++;
                } else if (c == '"') {
                    return;
                }
            }
        }

        private void skipWhitespace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Measuring

    /** Counters of one phase; all thread-safe, all of constant size. */
    static final class PhaseStats {
        final LongAdder eventsSent = new LongAdder();
        final LongAdder accepted = new LongAdder();
        final LongAdder duplicates = new LongAdder();
        final LongAdder rejected = new LongAdder();
        final LongAdder batchesOk = new LongAdder();
        final LongAdder failedBatches = new LongAdder();
        final LongAdder eventsInFailedBatches = new LongAdder();
        /** 200 replies whose three counts do not add up to the batch size: a server bug worth seeing. */
        final LongAdder mismatchedReplies = new LongAdder();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final LatencyHistogram latency = new LatencyHistogram();
        volatile long startNanos;
        volatile String firstRejection;
        volatile String firstFailure;

        void start(long nanos) {
            startNanos = nanos;
        }

        void recordReply(int count, BatchReply reply, long micros) {
            eventsSent.add(count);
            accepted.add(reply.accepted());
            duplicates.add(reply.duplicates());
            rejected.add(reply.rejected());
            batchesOk.increment();
            latency.record(micros);
            if (reply.accepted() + reply.duplicates() + reply.rejected() != count) {
                mismatchedReplies.increment();
            }
            if (firstRejection == null && reply.firstRejection() != null) {
                firstRejection = reply.firstRejection();
            }
        }

        /** Failed batches are counted by status but kept out of the latency figures. */
        void recordFailure(String key, String detail, int count) {
            eventsSent.add(count);
            failedBatches.increment();
            eventsInFailedBatches.add(count);
            errors.computeIfAbsent(key, k -> new LongAdder()).increment();
            if (firstFailure == null) {
                firstFailure = key + ": " + detail;
            }
        }
    }

    /**
     * An HdrHistogram-like latency record in microseconds with fixed memory (about 230 KB) whatever
     * the number of batches: exact below 1,024 µs, then 512 buckets per power of two, so every
     * percentile is within 0.2 %. The maximum is kept exactly.
     */
    static final class LatencyHistogram {
        private static final int SUB_BUCKET_BITS = 10;
        private static final int LINEAR = 1 << SUB_BUCKET_BITS;
        private static final int HALF = LINEAR / 2;

        private final AtomicLongArray counts = new AtomicLongArray(LINEAR + (64 - SUB_BUCKET_BITS) * HALF);
        private final LongAccumulator max = new LongAccumulator(Math::max, 0);
        private final LongAdder total = new LongAdder();

        void record(long micros) {
            long value = Math.max(0, micros);
            counts.incrementAndGet(indexOf(value));
            max.accumulate(value);
            total.increment();
        }

        long count() {
            return total.sum();
        }

        long maxMicros() {
            return max.get();
        }

        /** The smallest recorded bucket bound that at least {@code percent} % of the values do not exceed. */
        long percentileMicros(double percent) {
            long n = total.sum();
            if (n == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(percent / 100 * n));
            long seen = 0;
            for (int i = 0; i < counts.length(); i++) {
                seen += counts.get(i);
                if (seen >= rank) {
                    return Math.min(highestIn(i), max.get());
                }
            }
            return max.get();
        }

        static int indexOf(long value) {
            if (value < LINEAR) {
                return (int) value;
            }
            int magnitude = 63 - Long.numberOfLeadingZeros(value);
            int shift = magnitude - (SUB_BUCKET_BITS - 1);
            int top = (int) (value >>> shift); // the leading 10 bits: HALF .. LINEAR-1
            return LINEAR + (magnitude - SUB_BUCKET_BITS) * HALF + (top - HALF);
        }

        static long highestIn(int index) {
            if (index < LINEAR) {
                return index;
            }
            int magnitude = (index - LINEAR) / HALF + SUB_BUCKET_BITS;
            int top = (index - LINEAR) % HALF + HALF;
            int shift = magnitude - (SUB_BUCKET_BITS - 1);
            return (((long) top + 1) << shift) - 1;
        }
    }

    /**
     * The tool's own heap: retained size after a GC at the start and the end of the measured phase
     * (equal-ish when memory is flat) and the highest used heap seen by a once-a-second sample.
     */
    static final class ClientHeap {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final LongAccumulator peak = new LongAccumulator(Math::max, 0);
        final long startAfterGc;
        volatile long endAfterGc;

        ClientHeap() {
            startAfterGc = usedAfterGc();
        }

        void sample() {
            peak.accumulate(memory.getHeapMemoryUsage().getUsed());
        }

        void sampleAfterGc() {
            sample();
            endAfterGc = usedAfterGc();
        }

        long peak() {
            return peak.get();
        }

        long max() {
            return memory.getHeapMemoryUsage().getMax();
        }

        private long usedAfterGc() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }

    /** Prints elapsed time, events so far and the rate since the previous line. */
    static final class ProgressLine {
        private final PhaseStats stats;
        private long lastNanos;
        private long lastEvents;

        ProgressLine(PhaseStats stats) {
            this.stats = stats;
        }

        void print() {
            long now = System.nanoTime();
            if (lastNanos == 0) {
                lastNanos = stats.startNanos; // the phase starts after this line is scheduled
            }
            long events = stats.eventsSent.sum();
            double seconds = (now - lastNanos) / 1e9;
            double rate = seconds > 0 ? (events - lastEvents) / seconds : 0;
            long errors = stats.failedBatches.sum();
            progress("[%7.1f s] %,13d events sent, %,13d accepted, %,10.0f events/s now%s",
                    (now - stats.startNanos) / 1e9, events, stats.accepted.sum(), rate,
                    errors == 0 ? "" : String.format(Locale.ROOT, ", %,d failed batches", errors));
            lastNanos = now;
            lastEvents = events;
        }
    }

    /**
     * The server's jvm.memory.used from Spring Boot's actuator (needs a key with the read scope).
     * Purely informative: any failure just means "not available".
     */
    static final class ServerMemory {
        static OptionalLong read(HttpClient client, Options options) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(options.url() + "/actuator/metrics/jvm.memory.used"))
                        .timeout(Duration.ofSeconds(5))
                        .header("Authorization", "Bearer " + options.key())
                        .header("Accept", "application/json")
                        .GET()
                        .build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? parse(response.body()) : OptionalLong.empty();
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OptionalLong.empty();
            }
        }

        /** {"name":..., "measurements":[{"statistic":"VALUE","value":2.5E8}], ...} */
        static OptionalLong parse(String json) {
            ReplyScanner scanner = new ReplyScanner(json);
            if (!scanner.enterObject()) {
                return OptionalLong.empty();
            }
            for (String key = scanner.nextKey(); key != null; key = scanner.nextKey()) {
                if (!key.equals("measurements") || scanner.peek() != '[') {
                    scanner.skipValue();
                    continue;
                }
                for (String item : scanner.readArrayItems(Integer.MAX_VALUE)) {
                    ReplyScanner measurement = new ReplyScanner(item);
                    measurement.enterObject();
                    for (String field = measurement.nextKey(); field != null; field = measurement.nextKey()) {
                        if (field.equals("value")) {
                            double value = measurement.readNumber();
                            return Double.isNaN(value) ? OptionalLong.empty() : OptionalLong.of((long) value);
                        }
                        measurement.skipValue();
                    }
                }
            }
            return OptionalLong.empty();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Report

    /** The final figures, as aligned text or as one JSON object. */
    static final class Report {
        private static final double MB = 1024.0 * 1024.0;

        private final Options options;
        private final String runId;
        private final PhaseStats stats;
        private final double seconds;
        private final ClientHeap heap;
        private final OptionalLong serverBefore;
        private final OptionalLong serverAfter;
        private final String abortReason;
        private final boolean interrupted;

        Report(Options options, String runId, PhaseStats stats, long nanos, ClientHeap heap, OptionalLong serverBefore,
               OptionalLong serverAfter, String abortReason, boolean interrupted) {
            this.options = options;
            this.runId = runId;
            this.stats = stats;
            this.seconds = nanos / 1e9;
            this.heap = heap;
            this.serverBefore = serverBefore;
            this.serverAfter = serverAfter;
            this.abortReason = abortReason;
            this.interrupted = interrupted;
        }

        private double perSecond(long count) {
            return seconds > 0 ? count / seconds : 0;
        }

        private static double millis(long micros) {
            return micros / 1000.0;
        }

        String toText() {
            StringBuilder out = new StringBuilder();
            line(out, "run", "%s%s against %s", runId, interrupted ? " (interrupted, partial)"
                    : abortReason != null ? " (stopped early)" : "", options.eventsUri());
            line(out, "setup", "batches of %,d, %d in flight, %,d customers (%s), seed %d, %d warmup batches%s",
                    options.batch(), options.concurrency(), options.customers(),
                    options.skew() == 0 ? "uniform" : "Zipf-like s=" + options.skew(), options.seed(),
                    options.warmupBatches(), options.reuseIds() ? ", reused ids" : "");
            line(out, "events sent", "%,d in %,d batches", stats.eventsSent.sum(),
                    stats.batchesOk.sum() + stats.failedBatches.sum());
            line(out, "accepted", "%,d", stats.accepted.sum());
            line(out, "duplicates", "%,d", stats.duplicates.sum());
            line(out, "rejected", "%,d%s", stats.rejected.sum(),
                    stats.firstRejection == null ? "" : "  first: " + stats.firstRejection);
            line(out, "errors", "%s", errorsText());
            if (stats.mismatchedReplies.sum() > 0) {
                line(out, "WARNING", "%,d replies whose counts do not add up to the batch size",
                        stats.mismatchedReplies.sum());
            }
            line(out, "wall time", "%.2f s (measured phase)", seconds);
            line(out, "throughput", "%,.0f accepted events/s (%,.0f events/s sent)",
                    perSecond(stats.accepted.sum()), perSecond(stats.eventsSent.sum()));
            LatencyHistogram latency = stats.latency;
            line(out, "batch latency", "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%,d batches)",
                    millis(latency.percentileMicros(50)), millis(latency.percentileMicros(90)),
                    millis(latency.percentileMicros(99)), millis(latency.maxMicros()), latency.count());
            line(out, "client heap", "%.1f MB after GC at start, %.1f MB at end, %.1f MB peak sampled, %.0f MB max",
                    heap.startAfterGc / MB, heap.endAfterGc / MB, heap.peak() / MB, heap.max() / MB);
            line(out, "server memory", "%s", serverMemoryText());
            if (abortReason != null) {
                line(out, "stopped", "%s", abortReason);
            }
            return out.toString();
        }

        private String errorsText() {
            long failed = stats.failedBatches.sum();
            if (failed == 0) {
                return "0";
            }
            StringBuilder byStatus = new StringBuilder();
            new TreeMap<>(stats.errors).forEach((key, count) ->
                    byStatus.append(byStatus.length() == 0 ? "" : ", ").append(key).append(": ").append(count.sum()));
            return String.format(Locale.ROOT, "%,d failed batches (%,d events) by status: %s; first: %s",
                    failed, stats.eventsInFailedBatches.sum(), byStatus, stats.firstFailure);
        }

        private String serverMemoryText() {
            if (serverBefore.isEmpty() && serverAfter.isEmpty()) {
                return "not available (GET /actuator/metrics/jvm.memory.used needs a key with the read scope)";
            }
            return "jvm.memory.used " + megabytes(serverBefore) + " before, " + megabytes(serverAfter) + " after";
        }

        private static String megabytes(OptionalLong bytes) {
            return bytes.isPresent() ? String.format(Locale.ROOT, "%.1f MB", bytes.getAsLong() / MB) : "n/a";
        }

        private static void line(StringBuilder out, String label, String format, Object... args) {
            out.append(String.format(Locale.ROOT, "%-15s ", label)).append(String.format(Locale.ROOT, format, args))
                    .append('\n');
        }

        String toJson() {
            Json json = new Json();
            json.field("runId", runId).field("url", options.eventsUri().toString())
                    .field("events", options.events()).field("batchSize", options.batch())
                    .field("concurrency", options.concurrency()).field("customers", options.customers())
                    .field("skew", options.skew()).field("seed", options.seed())
                    .field("warmupBatches", options.warmupBatches()).field("reuseIds", options.reuseIds())
                    .field("interrupted", interrupted).field("stoppedEarly", abortReason)
                    .field("eventsSent", stats.eventsSent.sum()).field("accepted", stats.accepted.sum())
                    .field("duplicates", stats.duplicates.sum()).field("rejected", stats.rejected.sum())
                    .field("batchesOk", stats.batchesOk.sum()).field("failedBatches", stats.failedBatches.sum())
                    .field("eventsInFailedBatches", stats.eventsInFailedBatches.sum())
                    .field("mismatchedReplies", stats.mismatchedReplies.sum());
            Json errors = new Json();
            new TreeMap<>(stats.errors).forEach((key, count) -> errors.field(key, count.sum()));
            json.raw("errorsByStatus", errors.toString())
                    .field("firstFailure", stats.firstFailure).field("firstRejection", stats.firstRejection)
                    .field("wallTimeSeconds", seconds)
                    .field("acceptedPerSecond", perSecond(stats.accepted.sum()))
                    .field("eventsPerSecond", perSecond(stats.eventsSent.sum()));
            LatencyHistogram latency = stats.latency;
            json.raw("latencyMs", new Json()
                    .field("p50", millis(latency.percentileMicros(50))).field("p90", millis(latency.percentileMicros(90)))
                    .field("p99", millis(latency.percentileMicros(99))).field("max", millis(latency.maxMicros()))
                    .field("batches", latency.count()).toString());
            json.raw("clientHeapBytes", new Json()
                    .field("startAfterGc", heap.startAfterGc).field("endAfterGc", heap.endAfterGc)
                    .field("peakSampled", heap.peak()).field("max", heap.max()).toString());
            json.raw("serverMemoryUsedBytes", new Json()
                    .field("before", serverBefore.isPresent() ? serverBefore.getAsLong() : null)
                    .field("after", serverAfter.isPresent() ? serverAfter.getAsLong() : null).toString());
            return json.toString();
        }
    }

    /** A flat JSON object writer; nested objects are added as already-written text. */
    static final class Json {
        private final StringBuilder out = new StringBuilder("{");

        Json field(String name, Object value) {
            String text;
            if (value == null) {
                text = "null";
            } else if (value instanceof Double number) {
                text = number.isNaN() || number.isInfinite() ? "null" : String.format(Locale.ROOT, "%.3f", number);
            } else if (value instanceof Number || value instanceof Boolean) {
                text = value.toString();
            } else {
                text = quote(value.toString());
            }
            return raw(name, text);
        }

        Json raw(String name, String jsonValue) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(name)).append(':').append(jsonValue);
            return this;
        }

        private static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }

        @Override
        public String toString() {
            return out + "}";
        }
    }
}
