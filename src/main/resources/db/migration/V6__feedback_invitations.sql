-- Invitations (personal links sent by email or SMS, or handed out by the API) and the triggers
-- that schedule them. Scheduled work lives here, not in memory, so that it survives restarts.
CREATE SEQUENCE survey_invitation_seq;
CREATE TABLE survey_invitation (
    id            BIGINT        PRIMARY KEY,
    survey_id     BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    -- how the invitation is delivered: email, sms, or link (handed out by the API, not sent)
    channel       VARCHAR(16)   NOT NULL,
    touchpoint    VARCHAR(64),
    trigger_id    BIGINT,
    -- the interaction event that caused it, if a trigger did
    event_id      UUID,
    -- the secret in /s/{key}?t={token}
    token         VARCHAR(43)   NOT NULL UNIQUE,
    -- scheduled, sent, answered, skipped (fatigue, consent, quota, no address), failed, expired
    status        VARCHAR(16)   NOT NULL,
    reason        VARCHAR(500),
    send_at       TIMESTAMP     NOT NULL,
    sent_at       TIMESTAMP,
    reminded_at   TIMESTAMP,
    answered_at   TIMESTAMP,
    expires_at    TIMESTAMP     NOT NULL,
    attempts      INTEGER       NOT NULL,
    created_at    TIMESTAMP     NOT NULL
);
CREATE INDEX survey_invitation_due ON survey_invitation (status, send_at);
CREATE INDEX survey_invitation_customer ON survey_invitation (customer_id, created_at);
CREATE INDEX survey_invitation_survey ON survey_invitation (survey_id, created_at);

CREATE SEQUENCE survey_trigger_seq;
CREATE TABLE survey_trigger (
    id             BIGINT       PRIMARY KEY,
    survey_id      BIGINT       NOT NULL,
    -- the interaction that fires it: an event type, optionally only on a touchpoint and channel
    event_type     VARCHAR(64)  NOT NULL,
    touchpoint     VARCHAR(64),
    event_channel  VARCHAR(16),
    -- how to invite (email or sms) and after how long
    invite_channel VARCHAR(16)  NOT NULL,
    delay_minutes  INTEGER      NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);
