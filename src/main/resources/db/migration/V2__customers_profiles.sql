-- Customers: one profile per customer; identities point at it (a profile has many).
CREATE SEQUENCE customer_seq;

CREATE TABLE customer (
    id            BIGINT PRIMARY KEY,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    first_name    VARCHAR(100),
    last_name     VARCHAR(100),
    birth_year    INTEGER,
    gender        VARCHAR(16),
    city          VARCHAR(100),
    province      VARCHAR(100),
    country       VARCHAR(2),
    language      VARCHAR(8),
    occupation    VARCHAR(100),
    education     VARCHAR(32),
    income_band   VARCHAR(32),
    interests     VARCHAR(1000)
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
