-- Interaction events from every channel. Append-only facts: only the owning customer changes
-- (when profiles merge, or a merge is undone) and personal content is cleared on erasure.
CREATE TABLE interaction_event (
    -- a name-based UUID of the client's id (so a resent event finds its twin), or a random one
    id              UUID           PRIMARY KEY,
    client_id       VARCHAR(64),
    customer_id     BIGINT         NOT NULL,
    -- the identity the event named its customer by ("kind:value"), so that an undone merge takes
    -- back exactly the events of the restored profile
    source_identity VARCHAR(340),
    type            VARCHAR(64)    NOT NULL,
    channel         VARCHAR(16)    NOT NULL,
    touchpoint      VARCHAR(64),
    occurred_at     TIMESTAMP      NOT NULL,
    received_at     TIMESTAMP      NOT NULL,
    session_id      VARCHAR(128),
    value           DECIMAL(18, 4),
    currency        VARCHAR(3),
    text            VARCHAR(10000),
    properties      VARCHAR(65536)
);
CREATE INDEX interaction_event_customer ON interaction_event (customer_id, occurred_at);
