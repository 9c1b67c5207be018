-- CX goals: measurable objectives (a metric from a baseline to a target by a due date, with an
-- owner) and the values measured for them over time (the re-measure step of the improvement loop).
CREATE SEQUENCE analytics_goal_seq;
CREATE TABLE analytics_goal (
    id             BIGINT           PRIMARY KEY,
    title          VARCHAR(200)     NOT NULL,
    description    VARCHAR(2000),
    -- the metric: events, revenue, nps, csat, ces, sentiment, cases, and its optional filters
    metric_kind    VARCHAR(16)      NOT NULL,
    event_type     VARCHAR(64),
    survey_id      BIGINT,
    touchpoint     VARCHAR(64),
    channel        VARCHAR(16),
    -- each measurement covers the days before it: the last window_days days
    window_days    INTEGER          NOT NULL,
    baseline_value DOUBLE PRECISION NOT NULL,
    -- local days of the display time zone
    baseline_date  DATE             NOT NULL,
    target_value   DOUBLE PRECISION NOT NULL,
    due_date       DATE             NOT NULL,
    -- a user name or a team
    owner          VARCHAR(200)     NOT NULL,
    created_at     TIMESTAMP        NOT NULL,
    created_by     VARCHAR(200)     NOT NULL,
    updated_at     TIMESTAMP        NOT NULL
);

-- One measurement of a goal's metric over [data_from, data_to); value NULL when the window held no
-- answers or texts. Appended by the weekly re-measure job and on demand.
CREATE TABLE analytics_goal_measurement (
    goal_id     BIGINT           NOT NULL,
    data_from   TIMESTAMP        NOT NULL,
    data_to     TIMESTAMP        NOT NULL,
    value       DOUBLE PRECISION,
    -- answers, texts, events or cases the value rests on
    n           BIGINT           NOT NULL,
    recorded_at TIMESTAMP        NOT NULL,
    -- who or what recorded it: "schedule", "user:<name>", "demo", ...
    recorded_by VARCHAR(200)     NOT NULL
);
CREATE INDEX analytics_goal_measurement_goal ON analytics_goal_measurement (goal_id, data_to);
