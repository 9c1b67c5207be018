package org.hamsafar.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Repository
class MergeRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    MergeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a merge moved, stored with it so that it can be undone. */
    record Moved(List<CustomerIdentity> identities, List<Long> consentIds, List<CustomerTagRepository.MovedTag> tags) {
    }

    /** The stored merge with the snapshots taken before it. */
    record StoredMerge(MergeRecord record, Moved moved, Map<String, Object> survivorBefore, Map<String, Object> mergedBefore) {
    }

    long insert(long survivorId, long mergedId, Instant at, String actor, String reason, Moved moved,
                Map<String, Object> survivorBefore, Map<String, Object> mergedBefore) {
        long id = jdbc.sql("SELECT nextval('customer_merge_seq')").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO customer_merge (id, survivor_id, merged_id, merged_at, actor, reason, moved, survivor_before, merged_before)
                VALUES (:id, :survivor, :merged, :at, :actor, :reason, :moved, :survivorBefore, :mergedBefore)""")
                .param("id", id).param("survivor", survivorId).param("merged", mergedId).param("at", UtcTimes.toDb(at))
                .param("actor", actor).param("reason", reason)
                .param("moved", json.writeValueAsString(Map.of(
                        "identities", moved.identities().stream().map(CustomerIdentity::key).toList(),
                        "consentIds", moved.consentIds(),
                        "tags", moved.tags().stream().map(tag -> Map.of("tag", tag.tag(), "addedAt", tag.addedAt().toString(),
                                "source", tag.source(), "shared", tag.shared())).toList())))
                .param("survivorBefore", json.writeValueAsString(survivorBefore))
                .param("mergedBefore", json.writeValueAsString(mergedBefore))
                .update();
        return id;
    }

    Optional<StoredMerge> find(long id) {
        return jdbc.sql("SELECT * FROM customer_merge WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** Merges into or out of this profile, newest first. */
    List<MergeRecord> involving(long customerId) {
        return jdbc.sql("SELECT * FROM customer_merge WHERE survivor_id = :id OR merged_id = :id ORDER BY id DESC")
                .param("id", customerId).query(this::map).list().stream().map(StoredMerge::record).toList();
    }

    void markUndone(long id, Instant at, String by) {
        jdbc.sql("UPDATE customer_merge SET undone_at = :at, undone_by = :by WHERE id = :id")
                .param("at", UtcTimes.toDb(at)).param("by", by).param("id", id).update();
    }

    /** Removes the records (and their snapshots of personal data) that involve this profile. */
    void deleteInvolving(long customerId) {
        jdbc.sql("DELETE FROM customer_merge WHERE survivor_id = :id OR merged_id = :id").param("id", customerId).update();
    }

    @SuppressWarnings("unchecked")
    private StoredMerge map(ResultSet rs, int row) throws SQLException {
        JsonNode moved = json.readTree(rs.getString("moved"));
        List<CustomerIdentity> identities = moved.get("identities").valueStream().map(node -> {
            String key = node.asString();
            int colon = key.indexOf(':');
            return new CustomerIdentity(IdentityKind.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)), key.substring(colon + 1));
        }).toList();
        List<Long> consentIds = moved.get("consentIds").valueStream().map(JsonNode::asLong).toList();
        // Merges stored before customers had tags carry no "tags".
        List<CustomerTagRepository.MovedTag> tags = moved.has("tags")
                ? moved.get("tags").valueStream().map(tag -> new CustomerTagRepository.MovedTag(tag.get("tag").asString(),
                        Instant.parse(tag.get("addedAt").asString()), tag.get("source").asString(), tag.get("shared").asBoolean())).toList()
                : List.of();
        MergeRecord record = new MergeRecord(rs.getLong("id"), rs.getLong("survivor_id"), rs.getLong("merged_id"),
                UtcTimes.fromDb(rs.getObject("merged_at", LocalDateTime.class)), rs.getString("actor"), rs.getString("reason"),
                identities, UtcTimes.fromDb(rs.getObject("undone_at", LocalDateTime.class)), rs.getString("undone_by"));
        String survivorBefore = rs.getString("survivor_before");
        String mergedBefore = rs.getString("merged_before");
        return new StoredMerge(record, new Moved(identities, consentIds, tags),
                survivorBefore == null ? Map.of() : json.readValue(survivorBefore, Map.class),
                mergedBefore == null ? Map.of() : json.readValue(mergedBefore, Map.class));
    }
}
