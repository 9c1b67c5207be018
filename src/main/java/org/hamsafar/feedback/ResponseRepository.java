package org.hamsafar.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hamsafar.customers.TimelineWindow;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Responses (append-only) and their per-question answer rows. */
@Repository
class ResponseRepository {
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, survey_id, survey_version, customer_id, source_identity, channel, touchpoint, source, invitation_id,
            language, submitted_at, answers""";
    private static final Map<String, String> FACT_NAMES = Map.of("nps", "lastNps", "csat", "lastCsat", "ces", "lastCes");
    private static final List<String> RESPONSE_COLUMNS = List.of("id", "survey_id", "survey_version", "customer_id",
            "source_identity", "channel", "touchpoint", "source", "invitation_id", "language", "submitted_at", "answers");
    private static final List<String> ANSWER_COLUMNS = List.of("response_id", "survey_id", "question_key", "question_type",
            "customer_id", "channel", "touchpoint", "submitted_at", "score", "choice", "text");
    private static final List<String> INVITATION_COLUMNS = List.of("id", "survey_id", "customer_id", "channel", "touchpoint",
            "trigger_id", "event_id", "token", "status", "reason", "send_at", "sent_at", "reminded_at", "answered_at", "expires_at",
            "attempts", "created_at");
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final BulkInserter bulk;
    private final JsonMapper json;

    ResponseRepository(JdbcClient jdbc, BulkInserter bulk, JsonMapper json,
                       PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.bulk = bulk;
        this.json = json;
    }

    /** The key of a survey version in maps of definitions. */
    record VersionKey(long surveyId, int version) {
        static VersionKey of(StoredResponse r) {
            return new VersionKey(r.surveyId(), r.surveyVersion());
        }
    }

    /**
     * Stores many responses in one go (a backfill of past responses; one INSERT each would take
     * seconds per thousand): those whose id is not stored yet, with their answer rows. The answers
     * must be checked against {@code definitions} (by survey version) before. Returns the ids that
     * were new; run it inside one {@link org.hamsafar.shared.store.WriteTransactions#run}.
     */
    Set<UUID> insertAll(List<StoredResponse> responses, Map<VersionKey, SurveyDefinition> definitions) {
        List<Object[]> rows = new ArrayList<>(responses.size());
        for (StoredResponse r : responses) {
            rows.add(new Object[] {r.id(), r.surveyId(), r.surveyVersion(), r.customerId(), r.sourceIdentity(), r.channel(),
                    r.touchpoint(), r.source(), r.invitationId(), r.language(), UtcTimes.toDb(r.submittedAt()),
                    json.writeValueAsString(r.answers())});
        }
        Set<UUID> stored = new HashSet<>();
        for (Object[] key : bulk.insertNewReturningKeys("survey_response", "id", RESPONSE_COLUMNS, rows)) {
            stored.add(key[0] instanceof UUID id ? id : UUID.fromString(String.valueOf(key[0])));
        }
        Set<UUID> pending = new HashSet<>(stored);
        List<Object[]> answerRows = new ArrayList<>();
        for (StoredResponse r : responses) {
            // remove(): a response repeated within the list has its answer rows written once.
            if (pending.remove(r.id())) {
                answerRows.addAll(answerRows(r, definitions.get(VersionKey.of(r))));
            }
        }
        bulk.insertUnkeyed("survey_answer", ANSWER_COLUMNS, answerRows);
        return stored;
    }

    /** Invitations whose ids are fresh from survey_invitation_seq, in one go (with {@link #insertAll}). */
    void insertInvitations(List<Invitation> invitations) {
        List<Object[]> rows = new ArrayList<>(invitations.size());
        for (Invitation i : invitations) {
            rows.add(new Object[] {i.id(), i.surveyId(), i.customerId(), i.channel(), i.touchpoint(), i.triggerId(), i.eventId(),
                    i.token(), i.status().key(), i.reason(), UtcTimes.toDb(i.sendAt()), UtcTimes.toDb(i.sentAt()),
                    UtcTimes.toDb(i.remindedAt()), UtcTimes.toDb(i.answeredAt()), UtcTimes.toDb(i.expiresAt()), i.attempts(),
                    UtcTimes.toDb(i.createdAt())});
        }
        bulk.insertFresh("survey_invitation", "id", INVITATION_COLUMNS, rows);
    }

    /** Which of these interaction events already caused an invitation to the survey. */
    Set<UUID> invitedFor(long surveyId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT event_id FROM survey_invitation WHERE survey_id = :survey AND event_id IN (:events)")
                .param("survey", surveyId).param("events", eventIds).query(UUID.class).list());
    }

    private static List<Object[]> answerRows(StoredResponse r, SurveyDefinition definition) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, Object> answer : r.answers().entrySet()) {
            Question question = definition.question(answer.getKey()).orElseThrow();
            Object value = answer.getValue();
            List<Object[]> produced = new ArrayList<>();
            switch (question.type()) {
                case NPS, CSAT, CES, RATING -> produced.add(row(r, question, value, null, null));
                case YES_NO -> produced.add(row(r, question, Boolean.TRUE.equals(value) ? 1 : 0, null, null));
                case SINGLE_CHOICE -> produced.add(row(r, question, null, value, null));
                case MULTI_CHOICE -> ((Collection<?>) value).forEach(choice -> produced.add(row(r, question, null, choice, null)));
                case TEXT -> produced.add(row(r, question, null, null, value));
                default -> throw new IllegalStateException("Unhandled question type " + question.type());
            }
            rows.addAll(produced);
        }
        return rows;
    }

    private static Object[] row(StoredResponse r, Question question, Object score, Object choice, Object text) {
        return new Object[] {r.id(), r.surveyId(), question.key(), question.type().key(), r.customerId(), r.channel(),
                r.touchpoint(), UtcTimes.toDb(r.submittedAt()), score, choice, text};
    }

    /** The customer (null for anonymous ones) of each of these responses that is stored. */
    Map<UUID, Long> customersOf(Collection<UUID> ids) {
        Map<UUID, Long> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, customer_id FROM survey_response WHERE id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    long customer = rs.getLong(2);
                    found.put(rs.getObject(1, UUID.class), rs.wasNull() ? null : customer);
                });
        return found;
    }

    /** Whether a personal link was already used to answer. */
    boolean invitationAnswered(long invitationId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE id = :id AND status = 'answered'")
                .param("id", invitationId).query(Long.class).single() > 0;
    }

    /** Marks a personal link as answered; false when it already was. */
    boolean markInvitationAnswered(long invitationId, Instant at) {
        return jdbc.sql("UPDATE survey_invitation SET status = 'answered', answered_at = :at WHERE id = :id AND status <> 'answered'")
                .param("at", UtcTimes.toDb(at)).param("id", invitationId).update() == 1;
    }

    long countOf(long surveyId, int version) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :id AND survey_version = :version")
                .param("id", surveyId).param("version", version).query(Long.class).single();
    }

    long countOf(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :id").param("id", surveyId).query(Long.class).single();
    }

    /** A survey's responses, newest first, before ({@code beforeAt}, {@code beforeId}) when given. */
    List<StoredResponse> page(long surveyId, Instant beforeAt, UUID beforeId, int limit) {
        String bound = beforeAt == null ? "" : " AND (submitted_at < :at OR (submitted_at = :at AND id < :before))";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM survey_response WHERE survey_id = :survey" + bound
                + " ORDER BY submitted_at DESC, id DESC LIMIT :limit").param("survey", surveyId).param("limit", limit);
        if (beforeAt != null) {
            spec = spec.param("at", UtcTimes.toDb(beforeAt)).param("before", beforeId);
        }
        return spec.query(this::map).list();
    }

    /** Every response of a survey in time order, handed over one by one (for exports of any size). */
    void forEach(long surveyId, Instant from, Instant to, Consumer<StoredResponse> consumer) {
        // PostgreSQL's driver streams rows by the fetch size only inside a transaction; outside one
        // it reads the whole result into memory first.
        readOnly.executeWithoutResult(status -> jdbc.sql("SELECT " + COLUMNS + " FROM survey_response WHERE survey_id = :survey"
                        + " AND submitted_at >= :from AND submitted_at < :to ORDER BY submitted_at, id")
                .withFetchSize(1000)
                .param("survey", surveyId).param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to))
                .query(rs -> {
                    consumer.accept(map(rs, 0));
                }));
    }

    /** Up to {@code limit} responses of every survey with {@code from <= submittedAt < to}, oldest first. */
    List<StoredResponse> between(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_response WHERE submitted_at >= :from AND submitted_at < :to"
                        + " ORDER BY submitted_at, id LIMIT :limit")
                .param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).param("limit", limit).query(this::map).list();
    }

    List<StoredResponse> allOf(long customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_response WHERE customer_id = :id ORDER BY submitted_at, id")
                .param("id", customerId).query(this::map).list();
    }

    /** One page of a customer's responses in (time desc, id desc) order, after the window's bound. */
    List<StoredResponse> newestFirst(long customerId, TimelineWindow window) {
        return window.bind(jdbc.sql(window.sql(COLUMNS, "survey_response", "submitted_at")), customerId).query(this::map).list();
    }

    void moveAll(long from, long to) {
        jdbc.sql("UPDATE survey_response SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
        jdbc.sql("UPDATE survey_answer SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    void moveBySource(long from, long to, Collection<String> sourceIdentities) {
        if (sourceIdentities.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE survey_answer SET customer_id = :to WHERE customer_id = :from AND response_id IN
                    (SELECT id FROM survey_response WHERE customer_id = :from AND source_identity IN (:sources))""")
                .param("to", to).param("from", from).param("sources", sourceIdentities).update();
        jdbc.sql("UPDATE survey_response SET customer_id = :to WHERE customer_id = :from AND source_identity IN (:sources)")
                .param("to", to).param("from", from).param("sources", sourceIdentities).update();
    }

    /** Keeps scores and choices (for aggregates) and removes what the customer wrote and how they were named. */
    void anonymise(long customerId, SurveyCatalog surveys) {
        for (StoredResponse r : allOf(customerId)) {
            Map<String, Object> kept = new LinkedHashMap<>(r.answers());
            surveys.version(r.surveyId(), r.surveyVersion()).ifPresent(definition -> kept.keySet().removeIf(key ->
                    definition.question(key).map(q -> q.type() == QuestionType.TEXT).orElse(true)));
            jdbc.sql("UPDATE survey_response SET answers = :answers, source_identity = NULL WHERE id = :id")
                    .param("answers", json.writeValueAsString(kept)).param("id", r.id()).update();
        }
        jdbc.sql("DELETE FROM survey_answer WHERE customer_id = :id AND question_type = 'text'").param("id", customerId).update();
    }

    void deleteAll(long customerId) {
        jdbc.sql("DELETE FROM survey_answer WHERE customer_id = :id").param("id", customerId).update();
        jdbc.sql("DELETE FROM survey_response WHERE customer_id = :id").param("id", customerId).update();
    }

    /** The customer's survey facts: responses, and the latest NPS, CSAT and CES answers. */
    Map<String, Object> facts(long customerId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("surveyResponses", jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE customer_id = :id")
                .param("id", customerId).query(Long.class).single());
        for (String type : List.of("nps", "csat", "ces")) {
            jdbc.sql("SELECT score, submitted_at FROM survey_answer WHERE customer_id = :id AND question_type = :type"
                            + " ORDER BY submitted_at DESC LIMIT 1")
                    .param("id", customerId).param("type", type)
                    .query((rs, n) -> {
                        facts.put(FACT_NAMES.get(type),
                                Map.of("score", rs.getInt(1), "at", UtcTimes.fromDb(rs.getObject(2, LocalDateTime.class))));
                        return true;
                    })
                    .optional();
        }
        return facts;
    }

    private StoredResponse map(ResultSet rs, int row) throws SQLException {
        long customer = rs.getLong("customer_id");
        Long customerId = rs.wasNull() ? null : customer;
        long invitation = rs.getLong("invitation_id");
        Long invitationId = rs.wasNull() ? null : invitation;
        return new StoredResponse(rs.getObject("id", UUID.class), rs.getLong("survey_id"), rs.getInt("survey_version"), customerId,
                rs.getString("source_identity"), rs.getString("channel"), rs.getString("touchpoint"), rs.getString("source"),
                invitationId, rs.getString("language"), UtcTimes.fromDb(rs.getObject("submitted_at", LocalDateTime.class)),
                json.readValue(rs.getString("answers"), OBJECT));
    }
}
