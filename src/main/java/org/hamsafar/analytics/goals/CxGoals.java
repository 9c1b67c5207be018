package org.hamsafar.analytics.goals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.analytics.forecast.MetricDefinition;
import org.hamsafar.analytics.forecast.MetricSeriesReader;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CX goals: kept in the store, measured live from the platform's data whenever they are read, and
 * measured again and recorded weekly (the {@code goals} analysis) or on demand, so each goal keeps
 * the history of its metric. Dates are days of the display time zone.
 */
@Service
public class CxGoals {
    static final int HISTORY = 52;
    public static final int MAX_LIMIT = 200;
    private final GoalRepository repository;
    private final MetricSeriesReader reader;
    private final Clock clock;

    CxGoals(GoalRepository repository, MetricSeriesReader reader, Clock clock) {
        this.repository = repository;
        this.reader = reader;
        this.clock = clock;
    }

    public GoalView create(GoalDraft draft, String actor) {
        return view(repository.insert(draft, actor, clock.instant()));
    }

    public GoalView update(long id, GoalDraft draft) {
        if (!repository.update(id, draft, clock.instant())) {
            throw new NotFoundException("goal " + id);
        }
        return view(id);
    }

    @Transactional
    public void delete(long id) {
        if (!repository.delete(id)) {
            throw new NotFoundException("goal " + id);
        }
    }

    public CxGoal get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("goal " + id));
    }

    public GoalView view(long id) {
        return view(get(id));
    }

    public long count() {
        return repository.count();
    }

    /** Goals by due date, soonest first, with their live values; {@code cursor} from the previous page. */
    public Page<GoalView> page(String cursor, int limit) {
        int offset = 0;
        if (cursor != null) {
            long decoded = Cursors.decodeLong(cursor);
            if (decoded < 0 || decoded > Integer.MAX_VALUE) {
                throw InvalidInputException.of("cursor", "is not a cursor returned by this API");
            }
            offset = (int) decoded;
        }
        List<CxGoal> rows = repository.list(limit + 1, offset);
        boolean more = rows.size() > limit;
        List<GoalView> views = new ArrayList<>();
        for (CxGoal goal : more ? rows.subList(0, limit) : rows) {
            views.add(view(goal));
        }
        return new Page<>(views, more ? Cursors.encode(Long.toString(offset + limit)) : null);
    }

    /** A metric's value over {@code [from, to)} (null: no answers or texts), as a goal would measure it: for choosing a baseline. */
    public Double valueOver(MetricDefinition metric, Instant from, Instant to) {
        return reader.measure(metric, from, to).value();
    }

    /** Measures the goal now and records the value. */
    public GoalMeasurement measureNow(long id, String by) {
        return record(get(id), clock.instant(), by);
    }

    /**
     * Measures the goal over the window ending at {@code end} and records it (past windows: to fill
     * a history from data already stored, as the demo company does).
     */
    public GoalMeasurement measureAt(long id, Instant end, String by) {
        return record(get(id), end, by);
    }

    /** Measures and records every goal whose due date has not long passed (up to 30 days after it); how many were measured. */
    public int measureAll(String by) {
        LocalDate today = today();
        int measured = 0;
        int offset = 0;
        List<CxGoal> batch;
        do {
            batch = repository.list(MAX_LIMIT, offset);
            for (CxGoal goal : batch) {
                if (!today.isAfter(goal.draft().dueDate().plusDays(30))) {
                    record(goal, clock.instant(), by);
                    measured++;
                }
            }
            offset += batch.size();
        } while (batch.size() == MAX_LIMIT);
        return measured;
    }

    private GoalMeasurement record(CxGoal goal, Instant end, String by) {
        Instant from = end.minus(Duration.ofDays(goal.draft().windowDays()));
        MetricSeriesReader.Measurement m = reader.measure(goal.draft().metric(), from, end);
        GoalMeasurement measurement = new GoalMeasurement(from, end, m.value(), m.n(), clock.instant(), by);
        repository.addMeasurement(goal.id(), measurement);
        return measurement;
    }

    /** The zone whose days goals' dates are ({@code hamsafar.display-time-zone}). */
    public ZoneId zone() {
        return reader.zone();
    }

    /** The goals soonest due first (up to {@code limit}), with live values, as cards for a page. */
    public List<GoalCard> cards(int limit, boolean persian) {
        return page(null, limit).items().stream().map(g -> GoalCard.of(g, persian, reader.zone())).toList();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), reader.zone());
    }

    private GoalView view(CxGoal goal) {
        GoalDraft d = goal.draft();
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(d.windowDays()));
        MetricSeriesReader.Measurement live = reader.measure(d.metric(), from, now);
        List<GoalMeasurement> history = repository.measurements(goal.id(), HISTORY);
        LocalDate today = today();
        Double judged = live.value();
        if (today.isAfter(d.dueDate())) {
            Instant dueEnd = d.dueDate().plusDays(1).atStartOfDay(reader.zone()).toInstant();
            GoalMeasurement atDue = null;
            for (GoalMeasurement m : history) {
                if (!m.dataTo().isAfter(dueEnd)) {
                    atDue = m;
                }
            }
            if (atDue != null) {
                judged = atDue.value();
            }
        }
        GoalProgress progress = GoalProgress.of(d.baselineValue(), d.baselineDate(), d.targetValue(), d.dueDate(), judged, today);
        return new GoalView(goal.id(), d.title(), d.description(), d.metric().asMap(), d.windowDays(), d.baselineValue(), d.baselineDate(),
                d.targetValue(), d.dueDate(), d.owner(), new GoalView.Current(live.value(), live.n(), from, now), judged,
                progress.status().key(), progress.progress(), progress.expected(), history, goal.createdAt(), goal.createdBy(),
                goal.updatedAt());
    }
}
