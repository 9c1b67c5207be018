-- Interaction events from every channel. Append-only facts.
CREATE TABLE interaction_event (
    id          VARCHAR(64)   PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    type        VARCHAR(64)   NOT NULL,
    channel     VARCHAR(16)   NOT NULL,
    touchpoint  VARCHAR(64),
    occurred_at TIMESTAMP     NOT NULL,
    received_at TIMESTAMP     NOT NULL,
    session_id  VARCHAR(128),
    value       DECIMAL(18, 4),
    currency    VARCHAR(3),
    text        VARCHAR(10000),
    properties  VARCHAR(65536)
);
CREATE INDEX interaction_event_customer ON interaction_event (customer_id);
