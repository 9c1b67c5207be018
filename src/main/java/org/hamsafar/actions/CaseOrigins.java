package org.hamsafar.actions;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which origins ({@code cx_case.origin_ref}) already have a case: what a backfill skips. */
@Repository
class CaseOrigins {
    /** References per IN list: well below both stores' parameter limits. */
    private static final int CHUNK = 500;
    private final JdbcClient jdbc;

    CaseOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> existing(List<String> refs) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < refs.size(); i += CHUNK) {
            found.addAll(jdbc.sql("SELECT DISTINCT origin_ref FROM cx_case WHERE origin_ref IN (:refs)")
                    .param("refs", refs.subList(i, Math.min(refs.size(), i + CHUNK))).query(String.class).list());
        }
        return found;
    }
}
