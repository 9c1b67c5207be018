package org.hamsafar.actions.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Saved versions of the SLA settings ({@code cx_sla_settings}); the newest applies. */
@Repository
class SlaSettingsRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final SequenceBlocks ids;

    SlaSettingsRepository(JdbcClient jdbc, SequenceBlocks ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /** The newest saved settings, or the built-in defaults when none were saved. */
    SlaSettings current() {
        return newest().orElseGet(SlaSettings::defaults);
    }

    Optional<SlaSettings> newest() {
        return jdbc.sql("SELECT document, changed_at, changed_by FROM cx_sla_settings ORDER BY version DESC LIMIT 1")
                .query((rs, n) -> parse(rs.getString("document"), UtcTimes.fromDb(rs.getObject("changed_at", LocalDateTime.class)),
                        rs.getString("changed_by")))
                .optional();
    }

    void insert(SlaSettings settings) {
        var document = new java.util.LinkedHashMap<>(SlaSettingsJson.write(settings));
        document.remove("changedAt");
        document.remove("changedBy");
        jdbc.sql("INSERT INTO cx_sla_settings (version, document, changed_at, changed_by) VALUES (:version, :document, :at, :by)")
                .param("version", ids.next("cx_sla_settings_seq", 1).get(0))
                .param("document", JSON.writeValueAsString(document))
                .param("at", UtcTimes.toDb(settings.changedAt()))
                .param("by", settings.changedBy())
                .update();
    }

    private static SlaSettings parse(String document, Instant changedAt, String changedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        SlaSettings settings = SlaSettingsJson.read(JSON.readTree(document), problems);
        if (settings == null) {
            // Only documents that passed the same validation are stored: this is a damaged store.
            throw new IllegalStateException("Stored SLA settings are not valid: " + problems);
        }
        return settings.changed(changedAt, changedBy);
    }
}
