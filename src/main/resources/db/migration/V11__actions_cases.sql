-- Cases: the work of closing the loop with a customer, with every change and note kept.
-- ("case" is an SQL keyword, hence cx_case.)
CREATE SEQUENCE cx_case_seq START WITH 1000;
CREATE TABLE cx_case (
    id                BIGINT         PRIMARY KEY,
    customer_id       BIGINT,
    title             VARCHAR(200)   NOT NULL,
    description       VARCHAR(4000),
    state             VARCHAR(16)    NOT NULL,
    -- low, normal, high, urgent
    priority          VARCHAR(8)     NOT NULL,
    team              VARCHAR(64),
    -- a dashboard user's name
    assignee          VARCHAR(64),
    -- what opened it: manual, api, rule
    origin            VARCHAR(16)    NOT NULL,
    -- the response, event or rule that caused it ("response:<uuid>", "event:<uuid>")
    origin_ref        VARCHAR(120),
    root_cause        VARCHAR(64),
    resolution        VARCHAR(4000),
    created_at        TIMESTAMP      NOT NULL,
    created_by        VARCHAR(200)   NOT NULL,
    updated_at        TIMESTAMP      NOT NULL,
    first_response_at TIMESTAMP,
    resolved_at       TIMESTAMP,
    closed_at         TIMESTAMP
);
CREATE INDEX cx_case_customer ON cx_case (customer_id);

-- Every change of a case: who, when, what from and to.
CREATE TABLE cx_case_history (
    case_id    BIGINT        NOT NULL,
    changed_at TIMESTAMP     NOT NULL,
    actor      VARCHAR(200)  NOT NULL,
    -- created, state, assignee, team, priority, root_cause, resolution, note
    change     VARCHAR(16)   NOT NULL,
    from_value VARCHAR(200),
    to_value   VARCHAR(200)
);
CREATE INDEX cx_case_history_case ON cx_case_history (case_id, changed_at);

CREATE SEQUENCE cx_case_note_seq;
CREATE TABLE cx_case_note (
    id         BIGINT          PRIMARY KEY,
    case_id    BIGINT          NOT NULL,
    author     VARCHAR(200)    NOT NULL,
    created_at TIMESTAMP       NOT NULL,
    text       VARCHAR(10000)  NOT NULL
);
CREATE INDEX cx_case_note_case ON cx_case_note (case_id);
