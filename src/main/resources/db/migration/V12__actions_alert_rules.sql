-- Alert rules: conditions over responses, events and analysed texts, and what to do on a match.
CREATE SEQUENCE alert_rule_seq START WITH 1;
CREATE TABLE alert_rule (
    id          BIGINT         PRIMARY KEY,
    name        VARCHAR(200)   NOT NULL,
    enabled     BOOLEAN        NOT NULL,
    -- the kind of item the rule reads: response, event or text
    subject     VARCHAR(16)    NOT NULL,
    -- the rule as the API shows it: {"when": ..., "actions": [...]} (JSON)
    definition  TEXT           NOT NULL,
    -- when it was last switched on: it acts on items from then on (see AlertWorker)
    active_since TIMESTAMP,
    created_at  TIMESTAMP      NOT NULL,
    created_by  VARCHAR(200)   NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    updated_by  VARCHAR(200)   NOT NULL,
    deleted_at  TIMESTAMP
);

-- Items waiting to be evaluated against the rules: a persisted outbox written in the transaction
-- that stores the item, emptied in the transaction that performs the rules' actions, so each item
-- is evaluated exactly once even across a crash.
CREATE TABLE alert_inbox (
    id          UUID           PRIMARY KEY,
    -- response, event or text
    kind        VARCHAR(16)    NOT NULL,
    ref         VARCHAR(160)   NOT NULL,
    customer_id BIGINT,
    occurred_at TIMESTAMP      NOT NULL,
    -- the item's fields as the rules read them (JSON object)
    fields      TEXT           NOT NULL,
    queued_at   TIMESTAMP      NOT NULL,
    attempts    INTEGER        NOT NULL,
    -- not tried again before this time (after a failure); null: at once
    not_before  TIMESTAMP,
    last_error  VARCHAR(1000)
);
CREATE INDEX alert_inbox_queue ON alert_inbox (queued_at);

-- Every match of a rule on an item, with the case it opened or added to.
CREATE TABLE alert_trigger (
    rule_id      BIGINT         NOT NULL,
    item_kind    VARCHAR(16)    NOT NULL,
    item_ref     VARCHAR(160)   NOT NULL,
    customer_id  BIGINT,
    occurred_at  TIMESTAMP      NOT NULL,
    triggered_at TIMESTAMP      NOT NULL,
    case_id      BIGINT
);
CREATE INDEX alert_trigger_rule ON alert_trigger (rule_id, triggered_at);
-- a rule acts on an item once
CREATE UNIQUE INDEX alert_trigger_once ON alert_trigger (rule_id, item_kind, item_ref);
CREATE INDEX alert_trigger_case ON alert_trigger (case_id);
CREATE INDEX alert_trigger_customer ON alert_trigger (customer_id);

-- The rule that opened a case (one open case per customer per rule).
ALTER TABLE cx_case ADD COLUMN rule_id BIGINT;

-- The days whose metrics were put in the inbox for the metric rules (each day once).
CREATE TABLE alert_metric_day (
    day       DATE       PRIMARY KEY,
    queued_at TIMESTAMP  NOT NULL
);
