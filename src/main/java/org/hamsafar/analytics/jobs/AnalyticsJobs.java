package org.hamsafar.analytics.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Runs analyses as jobs: queued in the store, run one at a time on a background thread (analyses
 * are CPU- and memory-heavy, and the machine may have two cores), with progress and the result or
 * the reason of failure stored. Pages and the API read stored results.
 */
@Service
public class AnalyticsJobs {
    /** How many of a kind's latest successful runs {@link #latest(String, String)} looks through for a segment's. */
    static final int SEGMENT_SEARCH_DEPTH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsJobs.class);
    /** At most one progress write per this interval: analyses may report in tight loops. */
    private static final long PROGRESS_INTERVAL_MILLIS = 300;
    private final Map<String, Analysis> analyses = new TreeMap<>();
    private final AnalyticsJobRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    /**
     * Progress is written in a transaction of its own: an analysis may report from inside a
     * read-only transaction of the reader it is using, where an update would be refused.
     */
    private final TransactionTemplate ownTransaction;
    /** When this process made the runner: jobs requested before then belong to a stopped process. */
    private final Instant created;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "analytics-job");
        thread.setDaemon(true);
        return thread;
    });

    AnalyticsJobs(List<Analysis> analyses, AnalyticsJobRepository repository, AuditLog audit, Clock clock,
                  PlatformTransactionManager transactions) {
        for (Analysis analysis : analyses) {
            if (this.analyses.put(analysis.kind(), analysis) != null) {
                throw new IllegalStateException("two analyses of kind " + analysis.kind());
            }
        }
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.created = clock.instant();
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A process that stopped while jobs were queued or running never finishes them: say so. */
    @EventListener(ApplicationReadyEvent.class)
    void failJobsOfAStoppedProcess() {
        int failed = repository.failUnfinished("the server stopped before the job finished; run it again", created, clock.instant());
        if (failed > 0) {
            LOG.warn("{} analytics jobs were left unfinished by a stopped server and are marked failed", failed);
        }
    }

    /** The kinds of analysis that can run, in name order. */
    public List<String> kinds() {
        return List.copyOf(analyses.keySet());
    }

    /**
     * Checks the parameters and queues a job; it starts when the jobs before it have finished.
     * {@code parameters} may be null (all defaults).
     */
    public AnalyticsJob submit(String kind, JsonNode parameters, String requestedBy) {
        Analysis analysis = analyses.get(kind);
        if (analysis == null) {
            throw InvalidInputException.of("kind", "unknown analysis" + (kind == null ? "" : " '" + kind + "'") + "; one of " + kinds());
        }
        JsonNode given = parameters == null || parameters.isNull() ? JsonNodeFactory.instance.objectNode() : parameters;
        if (!given.isObject()) {
            throw InvalidInputException.of("parameters", "must be a JSON object");
        }
        JsonNode checked = analysis.check(given);
        long id = repository.insertQueued(kind, checked, analysis.modelVersion(), requestedBy, clock.instant());
        // Every way in (API, pages, schedules, the demo) is audited here, under who asked.
        audit.recordAs(requestedBy, "analytics.job.submit", "analytics_job:" + id, kind);
        runner.execute(() -> run(id, analysis, checked));
        return get(id);
    }

    public AnalyticsJob get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("analytics job " + id));
    }

    /** The latest job of {@code kind} that succeeded, with its result. */
    public Optional<AnalyticsJob> latest(String kind) {
        return repository.latestSucceeded(kind);
    }

    /**
     * The latest job of {@code kind} that succeeded over {@code segment}'s members (null: over every
     * customer, a run without a segment), with its result. Looks among the
     * {@link #SEGMENT_SEARCH_DEPTH} latest successful runs of the kind.
     */
    public Optional<AnalyticsJob> latest(String kind, String segment) {
        return repository.latestSucceeded(kind, parameters -> {
            JsonNode value = parameters == null ? null : parameters.get("segment");
            String ran = value == null || value.isNull() ? null : value.asString();
            return Objects.equals(ran, segment);
        }, SEGMENT_SEARCH_DEPTH);
    }

    /** The newest job of each kind that has run, whatever its state, without results. */
    public List<AnalyticsJob> newestPerKind() {
        return repository.newestPerKind();
    }

    /** Jobs newest first, without their results; {@code kind} null for every kind. */
    public Page<AnalyticsJob> page(String kind, String cursor, int limit) {
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        List<AnalyticsJob> rows = repository.page(kind, before, limit + 1);
        boolean more = rows.size() > limit;
        List<AnalyticsJob> items = more ? rows.subList(0, limit) : rows;
        return new Page<>(items, more ? Cursors.encode(Long.toString(items.get(items.size() - 1).id())) : null);
    }

    /** Waits until the job has finished or {@code timeout} has passed; returns it as it is then. */
    public AnalyticsJob await(long id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        AnalyticsJob job = get(id);
        while (!job.state().finished() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
            job = get(id);
        }
        return job;
    }

    private void run(long id, Analysis analysis, JsonNode parameters) {
        repository.markRunning(id, clock.instant());
        try {
            AnalysisOutcome outcome = analysis.run(parameters, throttled(id));
            repository.markSucceeded(id, outcome, clock.instant());
        } catch (AnalysisFailure e) {
            repository.markFailed(id, e.getMessage(), clock.instant());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("analytics job {} ({}) failed", id, analysis.kind(), e);
            repository.markFailed(id, "the analysis stopped on an internal error (" + e.getClass().getSimpleName() + "); see the server log",
                    clock.instant());
        }
    }

    private JobProgress throttled(long id) {
        return new JobProgress() {
            private long lastWrite;

            @Override
            public long jobId() {
                return id;
            }

            @Override
            public void report(double fraction, String stage) {
                long now = System.currentTimeMillis();
                if (now - lastWrite >= PROGRESS_INTERVAL_MILLIS) {
                    lastWrite = now;
                    double bounded = Math.max(0, Math.min(1, fraction));
                    ownTransaction.executeWithoutResult(status -> repository.progress(id, bounded, stage));
                }
            }
        };
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
