-- Personas and journey maps: the journeys a company designs (current state, future state, a day in
-- the life, service blueprints), with every saved version of a map kept as its JSON document.

CREATE SEQUENCE journey_persona_seq;
CREATE TABLE journey_persona (
    id                 BIGINT         PRIMARY KEY,
    name               VARCHAR(120)   NOT NULL,
    -- the name folded for look-ups (lower case, Arabic yeh and kaf as Persian, single spaces):
    -- an import links the persona of the same name
    name_key           VARCHAR(120)   NOT NULL,
    -- the photo placeholder: 1 to 4 characters on a colour of the fixed palette (#rrggbb)
    initials           VARCHAR(8)     NOT NULL,
    color              VARCHAR(7)     NOT NULL,
    age_range          VARCHAR(16),
    gender             VARCHAR(120),
    occupation         VARCHAR(120),
    education          VARCHAR(120),
    income             VARCHAR(120),
    location           VARCHAR(120),
    quote              VARCHAR(1000),
    -- a customer tag key, so that the persona can be matched to real customers
    segment            VARCHAR(64),
    -- JSON arrays of short texts; preferred_channels of channel keys
    goals              TEXT           NOT NULL,
    needs              TEXT           NOT NULL,
    frustrations       TEXT           NOT NULL,
    personal_values    TEXT           NOT NULL,
    interests          TEXT           NOT NULL,
    preferred_channels TEXT           NOT NULL,
    created_at         TIMESTAMP      NOT NULL,
    created_by         VARCHAR(200)   NOT NULL,
    updated_at         TIMESTAMP      NOT NULL,
    updated_by         VARCHAR(200)   NOT NULL
);

-- A map's current metadata, copied from its latest version for lists and filters. No secondary
-- indexes: the table stays small and its persona column is updated in place.
CREATE SEQUENCE journey_map_seq;
CREATE TABLE journey_map (
    id              BIGINT         PRIMARY KEY,
    name            VARCHAR(200)   NOT NULL,
    -- the name folded for searches, as journey_persona.name_key
    name_key        VARCHAR(200)   NOT NULL,
    -- current_state, future_state, day_in_the_life, service_blueprint
    map_type        VARCHAR(32)    NOT NULL,
    persona_id      BIGINT,
    latest_version  INTEGER        NOT NULL,
    stage_count     INTEGER        NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    created_by      VARCHAR(200)   NOT NULL,
    updated_at      TIMESTAMP      NOT NULL,
    updated_by      VARCHAR(200)   NOT NULL
);

-- Every saved version, immutable: the whole map (name, type, persona, goal, scope, stages with
-- their lanes) as a JSON document.
CREATE TABLE journey_map_version (
    map_id         BIGINT         NOT NULL,
    version        INTEGER        NOT NULL,
    saved_at       TIMESTAMP      NOT NULL,
    saved_by       VARCHAR(200)   NOT NULL,
    -- the author's note on the version, if any
    note           VARCHAR(500),
    -- what made the version: created, saved, imported, cell_updated, stage_added, stage_moved,
    -- stage_renamed, stage_deleted, persona_unlinked; and its subject (a stage id, a lane, ...)
    change_kind    VARCHAR(32)    NOT NULL,
    change_detail  VARCHAR(200),
    document       TEXT           NOT NULL,
    PRIMARY KEY (map_id, version)
);
