-- Text analytics: texts waiting for analysis, the results (one row per analysed text, replaced
-- when the text is analysed again) with a row per topic mention for aggregation, and the
-- organisation's topic taxonomy.

-- Filled in the transaction that stores a text (survey answer, event), emptied by the analysis
-- worker in the transaction that stores the result: no text is lost between the two.
CREATE TABLE text_pending (
    id              UUID           PRIMARY KEY,
    -- survey_answer, event, case_note
    source          VARCHAR(16)    NOT NULL,
    -- the response id and question key ("<uuid>:<key>"), the event id, ...
    source_id       VARCHAR(120)   NOT NULL,
    customer_id     BIGINT,
    source_identity VARCHAR(340),
    survey_id       BIGINT,
    question_key    VARCHAR(64),
    channel         VARCHAR(16),
    touchpoint      VARCHAR(64),
    occurred_at     TIMESTAMP      NOT NULL,
    text            VARCHAR(10000) NOT NULL,
    queued_at       TIMESTAMP      NOT NULL
);

-- No unique key on (source, source_id): a re-run deletes and inserts in one transaction, which
-- DuckDB's eager unique checks refuse; the worker keeps it unique.
CREATE TABLE text_result (
    source          VARCHAR(16)      NOT NULL,
    source_id       VARCHAR(120)     NOT NULL,
    customer_id     BIGINT,
    source_identity VARCHAR(340),
    survey_id       BIGINT,
    question_key    VARCHAR(64),
    channel         VARCHAR(16),
    touchpoint      VARCHAR(64),
    occurred_at     TIMESTAMP        NOT NULL,
    text            VARCHAR(10000)   NOT NULL,
    language        VARCHAR(8)       NOT NULL,
    sentiment       VARCHAR(8)       NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    anger           DOUBLE PRECISION NOT NULL,
    joy             DOUBLE PRECISION NOT NULL,
    sadness         DOUBLE PRECISION NOT NULL,
    fear            DOUBLE PRECISION NOT NULL,
    surprise        DOUBLE PRECISION NOT NULL,
    trust           DOUBLE PRECISION NOT NULL,
    disgust         DOUBLE PRECISION NOT NULL,
    -- keywords, one per line
    keywords        VARCHAR(2000)    NOT NULL,
    -- JSON array of the topic mentions with their spans, as the API shows them
    topics          TEXT             NOT NULL,
    model_version   VARCHAR(64)      NOT NULL,
    analyzed_at     TIMESTAMP        NOT NULL
);
CREATE INDEX text_result_source ON text_result (source, source_id);
CREATE INDEX text_result_time ON text_result (occurred_at);
CREATE INDEX text_result_customer ON text_result (customer_id);

-- One row per topic a text mentions, with the dimensions dashboards group by.
CREATE TABLE text_result_topic (
    source       VARCHAR(16)      NOT NULL,
    source_id    VARCHAR(120)     NOT NULL,
    topic_key    VARCHAR(48)      NOT NULL,
    sentiment    VARCHAR(8)       NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    survey_id    BIGINT,
    channel      VARCHAR(16),
    touchpoint   VARCHAR(64),
    occurred_at  TIMESTAMP        NOT NULL
);
CREATE INDEX text_result_topic_source ON text_result_topic (source, source_id);
CREATE INDEX text_result_topic_time ON text_result_topic (occurred_at);

-- The topic taxonomy; seeded with the shipped default on first start.
CREATE TABLE text_topic (
    topic_key  VARCHAR(48)    PRIMARY KEY,
    label_fa   VARCHAR(200)   NOT NULL,
    label_en   VARCHAR(200)   NOT NULL,
    -- one term per line
    terms_fa   TEXT           NOT NULL,
    terms_en   TEXT           NOT NULL,
    position   INTEGER        NOT NULL,
    updated_at TIMESTAMP      NOT NULL
);
