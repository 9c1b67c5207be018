package org.hamsafar.text;

import org.hamsafar.shared.time.OffsetPiece;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards' reads of analysed texts, aggregated by the store: sentiment per local day, topics
 * by volume and sentiment, negative topics per touchpoint, and pages of the texts themselves, each
 * read through the same {@link CommentFilter} so that the figures and the list agree. Times
 * are stored in UTC; a local day is computed in SQL by adding the zone's offset as a literal
 * interval, which DuckDB and PostgreSQL read alike, and a range is cut where the zone's offset
 * changes. Filters are added to the WHERE clause only when set (PostgreSQL cannot type
 * {@code :param IS NULL}).
 */
@Repository
class TextResultQueries {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COUNTS = count("positive") + " AS positive, " + count("neutral") + " AS neutral, "
            + count("negative") + " AS negative";

    private final JdbcClient jdbc;

    TextResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a page of comments ended: the last one's time, source and id (newest first). */
    record After(Instant occurredAt, String source, String sourceId) {
    }

    /** The sentiment of the filter's texts per local day of {@code zone}; days without texts are absent. */
    NavigableMap<LocalDate, SentimentTally> dailySentiment(CommentFilter filter, ZoneId zone) {
        NavigableMap<LocalDate, SentimentTally> days = new TreeMap<>();
        TextScope scope = filter.scope();
        for (OffsetPiece piece : OffsetPiece.of(scope.from(), scope.to(), zone)) {
            // The offset is a whole number of seconds from java.time, never user text.
            String day = "CAST(occurred_at + INTERVAL '" + piece.offset().getTotalSeconds() + " seconds' AS DATE)";
            Where where = new Where();
            scopeOf(where, new TextScope(piece.from(), piece.to(), scope.source(), scope.surveyId(), scope.channel(),
                    scope.touchpoint(), scope.segment()), false);
            textFilterOf(where, filter);
            String sql = "SELECT " + day + " AS day, " + COUNTS + ", SUM(score) AS score_sum FROM text_result" + where.sql()
                    + " GROUP BY " + day;
            where.bind(jdbc.sql(sql))
                    .query((rs, n) -> Map.entry(rs.getObject("day", LocalDate.class), new SentimentTally(rs.getLong("positive"),
                            rs.getLong("neutral"), rs.getLong("negative"), rs.getDouble("score_sum"))))
                    .list()
                    .forEach(row -> days.merge(row.getKey(), row.getValue(), SentimentTally::plus));
        }
        return days;
    }

    /**
     * Every topic mentioned in the filter's texts with its mentions per sentiment and mean score; most
     * mentioned first. Under a topic filter these are all the topics of the texts that mention it.
     */
    List<TopicVolume> topicVolumes(CommentFilter filter) {
        Where where = new Where();
        scopeOf(where, filter.scope(), true);
        mentionFilterOf(where, filter);
        String sql = "SELECT topic_key, COUNT(*) AS mentions, " + COUNTS + ", AVG(score) AS average_score FROM text_result_topic"
                + where.sql() + " GROUP BY topic_key ORDER BY mentions DESC, topic_key";
        return where.bind(jdbc.sql(sql))
                .query((rs, n) -> new TopicVolume(rs.getString("topic_key"), rs.getLong("mentions"), rs.getLong("positive"),
                        rs.getLong("neutral"), rs.getLong("negative"), rs.getDouble("average_score")))
                .list();
    }

    /**
     * The {@code limit} (touchpoint, topic) pairs of the filter's texts with the most negative mentions,
     * each with its share of the pair's mentions; pairs without a negative mention are left out.
     */
    List<TouchpointTopic> negativeTopicsByTouchpoint(CommentFilter filter, int limit) {
        Where where = new Where();
        scopeOf(where, filter.scope(), true);
        mentionFilterOf(where, filter);
        String negative = count("negative");
        String sql = "SELECT touchpoint, topic_key, " + negative + " AS negative, COUNT(*) AS mentions, "
                + "CAST(" + negative + " AS DOUBLE PRECISION) / COUNT(*) AS share FROM text_result_topic" + where.sql()
                + " GROUP BY touchpoint, topic_key HAVING " + negative + " > 0"
                + " ORDER BY negative DESC, share DESC, touchpoint NULLS LAST, topic_key LIMIT :limit";
        return where.bind(jdbc.sql(sql)).param("limit", limit)
                .query((rs, n) -> new TouchpointTopic(rs.getString("touchpoint"), rs.getString("topic_key"), rs.getLong("negative"),
                        rs.getLong("mentions"), rs.getDouble("share")))
                .list();
    }

    /** Up to {@code limit} texts of the filter, newest first, strictly after {@code after} (null: from the newest). */
    List<StoredComment> comments(CommentFilter filter, After after, int limit) {
        Where where = new Where();
        scopeOf(where, filter.scope(), false);
        textFilterOf(where, filter);
        if (after != null) {
            where.add("(occurred_at < :afterAt OR (occurred_at = :afterAt AND (source < :afterSource"
                    + " OR (source = :afterSource AND source_id < :afterId))))", "afterAt", UtcTimes.toDb(after.occurredAt()));
            where.param("afterSource", after.source());
            where.param("afterId", after.sourceId());
        }
        String sql = "SELECT source, source_id, survey_id, question_key, channel, touchpoint, occurred_at, text, language,"
                + " sentiment, score, confidence, topics FROM text_result" + where.sql()
                + " ORDER BY occurred_at DESC, source DESC, source_id DESC LIMIT :limit";
        return where.bind(jdbc.sql(sql)).param("limit", limit)
                .query((rs, n) -> new StoredComment(rs.getString("source"), rs.getString("source_id"),
                        (Long) rs.getObject("survey_id", Long.class), rs.getString("question_key"), rs.getString("channel"),
                        rs.getString("touchpoint"), UtcTimes.fromDb(rs.getObject("occurred_at", LocalDateTime.class)),
                        rs.getString("text"), rs.getString("language"), rs.getString("sentiment"), rs.getDouble("score"),
                        rs.getDouble("confidence"), JSON.readTree(rs.getString("topics"))))
                .list();
    }

    /** The touchpoints texts were written at, most texts first, for filter suggestions. */
    List<String> touchpoints(int limit) {
        return jdbc.sql("""
                        SELECT touchpoint FROM text_result WHERE touchpoint IS NOT NULL
                        GROUP BY touchpoint ORDER BY COUNT(*) DESC, touchpoint LIMIT :limit""")
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /** The filter's conditions on the texts themselves, for a query of {@code text_result} rows. */
    private static void textFilterOf(Where where, CommentFilter filter) {
        if (filter.topic() != null) {
            where.add(mentions("text_result"), "topic", filter.topic());
        }
        ownConditions(where, filter, "text_result").forEach(where::condition);
    }

    /**
     * The filter's conditions on the texts themselves, for a query of {@code text_result_topic} rows:
     * a mention counts when its text matches, so a topic filter keeps the other topics of its texts.
     */
    private static void mentionFilterOf(Where where, CommentFilter filter) {
        if (filter.topic() != null) {
            where.add(mentions("text_result_topic"), "topic", filter.topic());
        }
        List<String> conditions = ownConditions(where, filter, "r");
        if (!conditions.isEmpty()) {
            where.condition("EXISTS (SELECT 1 FROM text_result r WHERE r.source = text_result_topic.source"
                    + " AND r.source_id = text_result_topic.source_id AND " + String.join(" AND ", conditions) + ")");
        }
    }

    /** That the text of the {@code row} (a table with source and source_id) mentions the topic {@code :topic}. */
    private static String mentions(String row) {
        return "EXISTS (SELECT 1 FROM text_result_topic t WHERE t.source = " + row + ".source"
                + " AND t.source_id = " + row + ".source_id AND t.topic_key = :topic)";
    }

    /**
     * The conditions on a {@code text_result} row named {@code row}: overall sentiment, language and
     * words. Their parameters go to {@code where}; the caller places the conditions.
     */
    private static List<String> ownConditions(Where where, CommentFilter filter, String row) {
        List<String> conditions = new ArrayList<>();
        if (filter.sentiment() != null) {
            conditions.add(row + ".sentiment = :sentiment");
            where.param("sentiment", filter.sentiment().code());
        }
        if (filter.language() != null) {
            conditions.add(row + ".language = :language");
            where.param("language", filter.language());
        }
        if (filter.q() != null) {
            conditions.add("replace(replace(lower(" + row + ".text), 'ي', 'ی'), 'ك', 'ک') LIKE :contains ESCAPE '\\'");
            where.param("contains", "%" + escapeLike(folded(filter.q())) + "%");
        }
        return conditions;
    }

    /** The scope's conditions on {@code text_result}, or on {@code text_result_topic} (which has no customer) when {@code topics}. */
    private static void scopeOf(Where where, TextScope scope, boolean topics) {
        if (scope.from() != null) {
            where.add("occurred_at >= :from", "from", UtcTimes.toDb(scope.from()));
        }
        if (scope.to() != null) {
            where.add("occurred_at < :to", "to", UtcTimes.toDb(scope.to()));
        }
        if (scope.source() != null) {
            where.add("source = :source", "source", scope.source());
        }
        if (scope.surveyId() != null) {
            where.add("survey_id = :surveyId", "surveyId", scope.surveyId());
        }
        if (scope.channel() != null) {
            where.add("channel = :channel", "channel", scope.channel());
        }
        if (scope.touchpoint() != null) {
            where.add("touchpoint = :touchpoint", "touchpoint", scope.touchpoint());
        }
        if (scope.segment() != null) {
            where.add(topics ? "EXISTS (SELECT 1 FROM text_result r WHERE r.source = text_result_topic.source"
                    + " AND r.source_id = text_result_topic.source_id AND " + SegmentMembers.in("r.customer_id", "segment") + ")"
                    : SegmentMembers.in("customer_id", "segment"), "segment", scope.segment());
        }
    }

    private static String count(String sentiment) {
        return "CAST(SUM(CASE WHEN sentiment = '" + sentiment + "' THEN 1 ELSE 0 END) AS BIGINT)";
    }

    /** Lower case with the Arabic forms of ی and ک read as the Persian ones, as the SQL folds the stored text. */
    static String folded(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ي', 'ی').replace('ك', 'ک');
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A WHERE clause of the conditions that apply, with their parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }

        void condition(String condition) {
            conditions.add(condition);
        }

        void param(String name, Object value) {
            params.put(name, value);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (Map.Entry<String, Object> param : params.entrySet()) {
                spec = spec.param(param.getKey(), param.getValue());
            }
            return spec;
        }
    }
}
