package org.hamsafar.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Custom sentiment models ({@code text_model}) and the active model per language ({@code text_active_model}). */
@Repository
class TextModelRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, name, language, version, examples, train_examples, test_examples, accuracy, macro_f1, "
            + "builtin_accuracy, evaluation, created_at";

    private final JdbcClient jdbc;
    private final SequenceBlocks ids;

    TextModelRepository(JdbcClient jdbc, SequenceBlocks ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /** Stores a trained model as the next version for its language; run inside a write transaction. */
    StoredModel insert(String name, Language language, int examples, CustomModelTrainer.Trained trained, Instant now) {
        long id = ids.next("text_model_seq", 1).get(0);
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM text_model WHERE language = :language")
                .param("language", language.code()).query(Integer.class).single();
        jdbc.sql("INSERT INTO text_model (" + COLUMNS + ", weights) VALUES (:id, :name, :language, :version, :examples, :train, :test, "
                        + ":accuracy, :f1, :builtin, :evaluation, :created, :weights)")
                .param("id", id).param("name", name).param("language", language.code()).param("version", version)
                .param("examples", examples).param("train", trained.trainExamples()).param("test", trained.testExamples())
                .param("accuracy", trained.accuracy()).param("f1", trained.macroF1()).param("builtin", trained.builtinAccuracy())
                .param("evaluation", JSON.writeValueAsString(trained.evaluation())).param("created", UtcTimes.toDb(now))
                .param("weights", Base64.getEncoder().encodeToString(trained.classifier().toBytes()))
                .update();
        return find(id).orElseThrow();
    }

    List<StoredModel> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM text_model ORDER BY id DESC").query(this::row).list();
    }

    Optional<StoredModel> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM text_model WHERE id = :id").param("id", id).query(this::row).optional();
    }

    Optional<SoftmaxClassifier> weights(long id) {
        return jdbc.sql("SELECT weights FROM text_model WHERE id = :id").param("id", id).query(String.class).optional()
                .map(w -> SoftmaxClassifier.fromBytes(Base64.getDecoder().decode(w)));
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM text_model WHERE id = :id").param("id", id).update() > 0;
    }

    /** The active model per language code, as refs ({@code custom:12}, {@code onnx:name}); languages not listed use the built-in model. */
    Map<String, String> active() {
        Map<String, String> active = new LinkedHashMap<>();
        jdbc.sql("SELECT language, model_ref FROM text_active_model ORDER BY language")
                .query((rs, n) -> active.put(rs.getString("language"), rs.getString("model_ref"))).list();
        return active;
    }

    void setActive(Language language, String ref, Instant now) {
        jdbc.sql("DELETE FROM text_active_model WHERE language = :language").param("language", language.code()).update();
        if (!ref.equals("builtin")) {
            jdbc.sql("INSERT INTO text_active_model (language, model_ref, activated_at) VALUES (:language, :ref, :now)")
                    .param("language", language.code()).param("ref", ref).param("now", UtcTimes.toDb(now)).update();
        }
    }

    @SuppressWarnings("unchecked")
    private StoredModel row(ResultSet rs, int n) throws SQLException {
        return new StoredModel(rs.getLong("id"), rs.getString("name"), Language.fromCode(rs.getString("language")).orElseThrow(),
                rs.getInt("version"), rs.getInt("examples"), rs.getInt("train_examples"), rs.getInt("test_examples"),
                rs.getDouble("accuracy"), rs.getDouble("macro_f1"), rs.getDouble("builtin_accuracy"),
                JSON.readValue(rs.getString("evaluation"), Map.class),
                UtcTimes.fromDb(rs.getObject("created_at", java.time.LocalDateTime.class)));
    }
}
