-- Teams that own cases, with their members in round-robin order, and the routing rules that give
-- a new case its team.
CREATE TABLE cx_team (
    team_key      VARCHAR(64)   PRIMARY KEY,
    name_fa       VARCHAR(100)  NOT NULL,
    name_en       VARCHAR(100)  NOT NULL,
    -- a dashboard user's name
    manager       VARCHAR(64),
    -- round-robin: the member assigned last, and where in the member list they stood then
    last_assignee VARCHAR(64),
    last_position INTEGER,
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(200)  NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    updated_by    VARCHAR(200)  NOT NULL
);

-- Members in order; replaced whole when the team is saved (hence no unique key).
CREATE TABLE cx_team_member (
    team_key  VARCHAR(64)  NOT NULL,
    position  INTEGER      NOT NULL,
    username  VARCHAR(64)  NOT NULL
);
CREATE INDEX cx_team_member_team ON cx_team_member (team_key);
CREATE INDEX cx_team_member_user ON cx_team_member (username);

-- Routing rules in order (first match wins); each condition that is null is not asked. Replaced
-- whole when the routing is saved (hence no unique key).
CREATE TABLE cx_routing_rule (
    position    INTEGER      NOT NULL,
    channel     VARCHAR(16),
    touchpoint  VARCHAR(64),
    segment     VARCHAR(64),
    topic       VARCHAR(64),
    team_key    VARCHAR(64)  NOT NULL
);
