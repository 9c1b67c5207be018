-- Identity: dashboard users, API keys (only a hash of the secret is stored) and the audit log.
-- All times are UTC, stored as TIMESTAMP without zone (portable between DuckDB and PostgreSQL).

CREATE TABLE app_user (
    id            UUID PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(320),
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL
);

CREATE TABLE api_key (
    id              UUID PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    prefix          VARCHAR(16)  NOT NULL,
    secret_hash     VARCHAR(64)  NOT NULL UNIQUE,
    scopes          VARCHAR(64)  NOT NULL,
    allowed_origins VARCHAR(2000),
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    revoked_at      TIMESTAMP,
    revoked_by      VARCHAR(64)
);

CREATE SEQUENCE audit_log_seq;

CREATE TABLE audit_log (
    id             BIGINT PRIMARY KEY DEFAULT nextval('audit_log_seq'),
    occurred_at    TIMESTAMP    NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    target         VARCHAR(300),
    detail         VARCHAR(4000),
    remote_address VARCHAR(64)
);
CREATE INDEX audit_log_time ON audit_log (occurred_at);
