-- Customers: one profile per customer; many identities point at it.
CREATE SEQUENCE customer_seq;

CREATE TABLE customer (
    id                BIGINT PRIMARY KEY,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL,
    first_name        VARCHAR(100),
    last_name         VARCHAR(100),
    birth_year        INTEGER,
    gender            VARCHAR(16),
    city              VARCHAR(100),
    province          VARCHAR(100),
    country           VARCHAR(2),
    language          VARCHAR(8),
    occupation        VARCHAR(100),
    education         VARCHAR(32),
    income_band       VARCHAR(32),
    -- psychographics: comma-separated tag lists
    interests         TEXT,
    value_tags        TEXT,
    lifestyle_tags    TEXT,
    -- custom attributes as one JSON object
    custom_attributes TEXT,
    -- set when this profile was merged into another (the survivor); such a profile is not shown
    merged_into       BIGINT,
    -- set when personal data was erased (anonymised); de-identified facts remain
    erased_at         TIMESTAMP
);

-- kind: external_id, email, phone, anonymous_id; value is normalised (lower-case email, E.164 phone).
CREATE TABLE customer_identity (
    kind        VARCHAR(16)  NOT NULL,
    value       VARCHAR(320) NOT NULL,
    customer_id BIGINT       NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (kind, value)
);
CREATE INDEX customer_identity_customer ON customer_identity (customer_id);

-- Every change of an attribute: the history behind "newest non-empty value wins".
CREATE SEQUENCE customer_attribute_change_seq;
CREATE TABLE customer_attribute_change (
    id          BIGINT PRIMARY KEY DEFAULT nextval('customer_attribute_change_seq'),
    customer_id BIGINT        NOT NULL,
    attribute   VARCHAR(64)   NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    changed_at  TIMESTAMP     NOT NULL,
    source      VARCHAR(64)   NOT NULL
);
CREATE INDEX customer_attribute_change_customer ON customer_attribute_change (customer_id);

-- Consent per channel and purpose, append-only: the newest row per (channel, purpose) is in force.
CREATE SEQUENCE customer_consent_seq;
CREATE TABLE customer_consent (
    id          BIGINT PRIMARY KEY, -- from customer_consent_seq in blocks (SequenceBlocks)
    customer_id BIGINT      NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    purpose     VARCHAR(32) NOT NULL,
    granted     BOOLEAN     NOT NULL,
    changed_at  TIMESTAMP   NOT NULL,
    source      VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMP   NOT NULL
);
CREATE INDEX customer_consent_customer ON customer_consent (customer_id);

-- Merges of two profiles: what moved, and the attributes of both before, so that a merge can be undone.
CREATE SEQUENCE customer_merge_seq;
CREATE TABLE customer_merge (
    id              BIGINT PRIMARY KEY DEFAULT nextval('customer_merge_seq'),
    survivor_id     BIGINT        NOT NULL,
    merged_id       BIGINT        NOT NULL,
    merged_at       TIMESTAMP     NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    reason          VARCHAR(64)   NOT NULL,
    moved           TEXT          NOT NULL,
    survivor_before TEXT,
    merged_before   TEXT,
    undone_at       TIMESTAMP,
    undone_by       VARCHAR(200)
);
CREATE INDEX customer_merge_survivor ON customer_merge (survivor_id);
