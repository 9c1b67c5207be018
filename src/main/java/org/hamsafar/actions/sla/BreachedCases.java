package org.hamsafar.actions.sla;

/** SQL that other case queries embed to filter on SLA breaches, kept here with the table it reads. */
public final class BreachedCases {
    /** The ids of cases with a recorded breach of either target. */
    public static final String IDS = "SELECT case_id FROM cx_case_sla "
            + "WHERE first_response_breached_at IS NOT NULL OR resolution_breached_at IS NOT NULL";

    private BreachedCases() {
    }
}
