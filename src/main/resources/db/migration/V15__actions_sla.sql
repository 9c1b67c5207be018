-- SLA settings (targets per priority, working week, holidays, time zone) as a JSON document.
-- Every saved version is kept, so who changed the promises and when stays on record; the
-- newest version applies. No row: the built-in defaults apply.
CREATE SEQUENCE cx_sla_settings_seq;
CREATE TABLE cx_sla_settings (
    version    BIGINT        PRIMARY KEY,
    document   TEXT          NOT NULL,
    changed_at TIMESTAMP     NOT NULL,
    changed_by VARCHAR(200)  NOT NULL
);

-- Each case's SLA clock: the targets that apply (from its priority), when they fall due, and
-- when they were breached and escalated. One row per case, written with the case.
CREATE TABLE cx_case_sla (
    case_id                     BIGINT      PRIMARY KEY,
    -- the priority the targets were taken from (low, normal, high, urgent)
    priority                    VARCHAR(8)  NOT NULL,
    -- the targets, in working minutes from started_at
    first_response_minutes      INTEGER     NOT NULL,
    resolution_minutes          INTEGER     NOT NULL,
    -- the case's creation: clocks always run from there, also after a priority change
    started_at                  TIMESTAMP   NOT NULL,
    first_response_due          TIMESTAMP   NOT NULL,
    resolution_due              TIMESTAMP   NOT NULL,
    -- the moment a target was missed (its due time); NULL while it is not breached
    first_response_breached_at  TIMESTAMP,
    resolution_breached_at      TIMESTAMP,
    -- when the breach was escalated (each target at most once per case)
    first_response_escalated_at TIMESTAMP,
    resolution_escalated_at     TIMESTAMP,
    computed_at                 TIMESTAMP   NOT NULL
);
