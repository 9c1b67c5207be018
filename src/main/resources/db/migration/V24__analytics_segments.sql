-- Rule-based customer segments: a definition (rules over attributes, behaviour, feedback scores and
-- model outputs) that a job materialises as the customer tag <key> (source "segment:<key>"), so that
-- every analysis that filters or breaks down by tag works with segments.
CREATE TABLE analytics_segment (
    segment_key    VARCHAR(64)    PRIMARY KEY,
    name_fa        VARCHAR(200)   NOT NULL,
    name_en        VARCHAR(200)   NOT NULL,
    -- "all" (every condition holds) or "any" (at least one)
    match_mode     VARCHAR(8)     NOT NULL,
    -- the conditions, a JSON array
    conditions     TEXT           NOT NULL,
    created_at     TIMESTAMP      NOT NULL,
    created_by     VARCHAR(200)   NOT NULL,
    updated_at     TIMESTAMP      NOT NULL,
    updated_by     VARCHAR(200)   NOT NULL,
    -- the last refresh: when, and how many customers carried the tag afterwards
    refreshed_at   TIMESTAMP,
    customers      BIGINT
);
