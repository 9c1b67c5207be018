-- Analytics jobs: every run of a heavy analysis (a CLV fit, a churn training, a clustering, ...),
-- with its parameters, progress and stored result, so that pages read results instead of computing.
CREATE SEQUENCE analytics_job_seq;
CREATE TABLE analytics_job (
    id             BIGINT          PRIMARY KEY,
    -- the analysis: clv, churn, rfm, clusters, basket, scorecard, ...
    kind           VARCHAR(64)     NOT NULL,
    -- queued, running, succeeded, failed
    state          VARCHAR(16)     NOT NULL,
    -- 0..1 and what the job is doing now
    progress       DOUBLE PRECISION NOT NULL,
    stage          VARCHAR(300),
    -- the parameters as checked, with defaults filled in (JSON object)
    parameters     TEXT            NOT NULL,
    -- the result (JSON) when succeeded; the reason when failed
    result         TEXT,
    error          VARCHAR(2000),
    model_version  VARCHAR(64)     NOT NULL,
    -- the period of the data the result was computed from, when the analysis says
    data_from      TIMESTAMP,
    data_to        TIMESTAMP,
    -- who asked: "user:<name>", "key:<name> (<prefix>)", "schedule", "demo"
    requested_by   VARCHAR(200)    NOT NULL,
    requested_at   TIMESTAMP       NOT NULL,
    started_at     TIMESTAMP,
    finished_at    TIMESTAMP
);
CREATE INDEX analytics_job_kind ON analytics_job (kind, id);

-- The latest per-customer output of each model (P(alive), churn risk, RFM segment, cluster, ...):
-- replaced as a whole when a job of the kind succeeds. Segments and pages filter on it.
CREATE TABLE analytics_customer_score (
    kind         VARCHAR(64)       NOT NULL,
    customer_id  BIGINT            NOT NULL,
    job_id       BIGINT            NOT NULL,
    score        DOUBLE PRECISION,
    label        VARCHAR(64),
    -- more about the score (JSON object), e.g. its top contributing factors
    detail       TEXT,
    PRIMARY KEY (kind, customer_id)
);
CREATE INDEX analytics_customer_score_customer ON analytics_customer_score (customer_id);
