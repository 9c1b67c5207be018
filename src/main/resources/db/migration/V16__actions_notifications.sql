-- Notifications: e-mails and signed webhooks, written to an outbox in the transaction of the
-- change they report and delivered by a background worker with retries.

-- Where webhooks go. The secret signs every delivery (HMAC-SHA256); it is shown once, at creation
-- and when rotated.
CREATE SEQUENCE webhook_endpoint_seq START WITH 1;
CREATE TABLE webhook_endpoint (
    id          BIGINT         PRIMARY KEY,
    url         VARCHAR(2000)  NOT NULL,
    -- the subscribed event types, comma-separated (case.opened,case.changed,...)
    events      VARCHAR(1000)  NOT NULL,
    description VARCHAR(500),
    enabled     BOOLEAN        NOT NULL,
    secret      VARCHAR(200)   NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    created_by  VARCHAR(200)   NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    updated_by  VARCHAR(200)   NOT NULL
);

-- The outbox: one row per e-mail to one address or per webhook event to one endpoint.
-- pending: waiting for its next attempt (next_attempt_at), or being sent under a claim that ends
-- at next_attempt_at (after which another worker takes it over); delivered; dead: out of attempts
-- (the dead-letter list, redeliverable).
CREATE SEQUENCE notification_delivery_seq;
CREATE TABLE notification_delivery (
    -- also the idempotency key a webhook receiver sees (Hamsafar-Delivery), the same on every retry
    id              UUID           PRIMARY KEY,
    -- orders lists and pages them
    seq             BIGINT         NOT NULL,
    -- email or webhook
    channel         VARCHAR(8)     NOT NULL,
    endpoint_id     BIGINT,
    -- the webhook event type (case.opened, ...) or the notice kind of an e-mail (case_assigned, ...)
    event_type      VARCHAR(64)    NOT NULL,
    -- e-mail: the address, its language and subject
    recipient       VARCHAR(320),
    language        VARCHAR(2),
    subject         VARCHAR(1000),
    -- e-mail: the plain text; webhook: the JSON body, signed as it is stored
    body            TEXT           NOT NULL,
    state           VARCHAR(12)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    next_attempt_at TIMESTAMP      NOT NULL,
    -- the worker that holds the row while it sends; null when nobody does
    claim           UUID,
    last_attempt_at TIMESTAMP,
    last_status     INTEGER,
    last_error      VARCHAR(1000),
    delivered_at    TIMESTAMP,
    dead_at         TIMESTAMP
);
CREATE INDEX notification_delivery_due ON notification_delivery (state, next_attempt_at);
CREATE INDEX notification_delivery_endpoint ON notification_delivery (endpoint_id, seq);

-- Every attempt of a delivery, for the people who look into why one failed.
CREATE TABLE notification_attempt (
    delivery_id  UUID          NOT NULL,
    attempt      INTEGER       NOT NULL,
    attempted_at TIMESTAMP     NOT NULL,
    duration_ms  BIGINT        NOT NULL,
    -- the HTTP status a webhook answered (null: no answer)
    status       INTEGER,
    error        VARCHAR(1000)
);
CREATE INDEX notification_attempt_delivery ON notification_attempt (delivery_id, attempted_at);
