-- Case follow-up: a short survey ("did we solve it?") sent when a case is resolved, and its answer
-- attached to the case.

-- The settings: a single row (id 1), changed through the API.
CREATE TABLE case_follow_up_settings (
    id                INTEGER       PRIMARY KEY,
    enabled           BOOLEAN       NOT NULL,
    -- the survey sent; null until follow-up is first enabled without naming one
    survey_id         BIGINT,
    -- the built-in follow-up survey, once created, so that it is used again rather than created twice
    builtin_survey_id BIGINT,
    -- email, sms or link
    channel           VARCHAR(8)    NOT NULL,
    -- how long after the resolution the invitation goes out
    delay_minutes     INTEGER       NOT NULL,
    -- whether the invitation may go out although the customer was surveyed recently (fatigue rules)
    fatigue_exempt    BOOLEAN       NOT NULL,
    updated_at        TIMESTAMP,
    updated_by        VARCHAR(200)
);
INSERT INTO case_follow_up_settings (id, enabled, survey_id, builtin_survey_id, channel, delay_minutes, fatigue_exempt)
VALUES (1, FALSE, NULL, NULL, 'email', 60, TRUE);

-- One row per follow-up invitation: the case and the resolution it follows up, and the answer once
-- it came (the response itself stays in survey_response).
CREATE TABLE case_follow_up (
    invitation_id  BIGINT        PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    customer_id    BIGINT,
    survey_id      BIGINT        NOT NULL,
    channel        VARCHAR(8)    NOT NULL,
    -- the resolution followed up (the case's resolved_at then)
    resolved_at    TIMESTAMP     NOT NULL,
    send_at        TIMESTAMP     NOT NULL,
    fatigue_exempt BOOLEAN       NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    -- set when the case was reopened before the invitation went out, and it was withdrawn
    withdrawn_at   TIMESTAMP,
    response_id    UUID,
    -- when the customer answered (the response's submission time)
    answered_at    TIMESTAMP,
    solved         BOOLEAN,
    csat           INTEGER,
    comment        TEXT
);
CREATE INDEX case_follow_up_case ON case_follow_up (case_id, created_at);
CREATE INDEX case_follow_up_customer ON case_follow_up (customer_id);
