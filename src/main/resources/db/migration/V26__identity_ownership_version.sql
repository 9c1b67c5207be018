-- A counter raised by every change of an identity's owner (merge, undone merge, erasure), in the
-- transaction that makes it. A process that caches owners reads it in each write transaction and
-- drops its cache when another process has raised it (PostgreSQL may have several writers).
CREATE TABLE identity_ownership_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO identity_ownership_version (id, version) VALUES (1, 0);
