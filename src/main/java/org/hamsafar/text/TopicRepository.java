package org.hamsafar.text;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation's topic taxonomy ({@code text_topic}), in display order. */
@Repository
class TopicRepository {

    private final JdbcClient jdbc;

    TopicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Topic> all() {
        return jdbc.sql("SELECT topic_key, label_fa, label_en, terms_fa, terms_en FROM text_topic ORDER BY position, topic_key")
                .query((rs, n) -> new Topic(rs.getString("topic_key"), rs.getString("label_fa"), rs.getString("label_en"),
                        lines(rs.getString("terms_fa")), lines(rs.getString("terms_en"))))
                .list();
    }

    boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM text_topic WHERE topic_key = :key").param("key", key).query(Long.class).single() > 0;
    }

    /** Adds the topic at the end, or replaces the one with its key in place. */
    void save(Topic topic, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE text_topic SET label_fa = :fa, label_en = :en, terms_fa = :termsFa, terms_en = :termsEn, updated_at = :now
                        WHERE topic_key = :key""")
                .param("fa", topic.labelFa()).param("en", topic.labelEn())
                .param("termsFa", String.join("\n", topic.termsFa())).param("termsEn", String.join("\n", topic.termsEn()))
                .param("now", UtcTimes.toDb(now)).param("key", topic.key())
                .update();
        if (updated == 0) {
            int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM text_topic").query(Integer.class).single();
            jdbc.sql("""
                            INSERT INTO text_topic (topic_key, label_fa, label_en, terms_fa, terms_en, position, updated_at)
                            VALUES (:key, :fa, :en, :termsFa, :termsEn, :position, :now)""")
                    .param("key", topic.key()).param("fa", topic.labelFa()).param("en", topic.labelEn())
                    .param("termsFa", String.join("\n", topic.termsFa())).param("termsEn", String.join("\n", topic.termsEn()))
                    .param("position", position).param("now", UtcTimes.toDb(now))
                    .update();
        }
    }

    boolean delete(String key) {
        return jdbc.sql("DELETE FROM text_topic WHERE topic_key = :key").param("key", key).update() > 0;
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM text_topic").update();
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }
}
