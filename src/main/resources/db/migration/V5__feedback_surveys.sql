-- Surveys, their versions, responses (append-only facts) and the answers metrics read.
CREATE SEQUENCE survey_seq;
CREATE TABLE survey (
    id              BIGINT        PRIMARY KEY,
    -- the public key in /s/{key} links: random, unguessable
    public_key      VARCHAR(32)   NOT NULL UNIQUE,
    name            VARCHAR(200)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    current_version INTEGER       NOT NULL,
    -- JSON: fatigue days, quota, reminder and expiry of invitations (SurveySettings)
    settings        VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL
);

-- Every version a survey had: responses keep the version they answered, so an edit never
-- changes the meaning of an earlier answer.
CREATE TABLE survey_version (
    survey_id  BIGINT          NOT NULL,
    version    INTEGER         NOT NULL,
    created_at TIMESTAMP       NOT NULL,
    -- JSON: languages, intro, thank-you text and the questions (SurveyDefinition)
    definition TEXT            NOT NULL,
    PRIMARY KEY (survey_id, version)
);

CREATE TABLE survey_response (
    -- a name-based UUID of what makes a submission unique (client id, page submission, invitation)
    -- so that a double submit is stored once
    id              UUID            PRIMARY KEY,
    survey_id       BIGINT          NOT NULL,
    survey_version  INTEGER         NOT NULL,
    customer_id     BIGINT,
    -- the identity the response named its customer by ("kind:value"), for undoing merges
    source_identity VARCHAR(340),
    channel         VARCHAR(16)     NOT NULL,
    touchpoint      VARCHAR(64),
    -- how it arrived: api, page, widget
    source          VARCHAR(16)     NOT NULL,
    invitation_id   BIGINT,
    language        VARCHAR(2),
    submitted_at    TIMESTAMP       NOT NULL,
    -- JSON object of the answers as submitted and checked
    answers         TEXT            NOT NULL
);
CREATE INDEX survey_response_survey ON survey_response (survey_id, submitted_at);
CREATE INDEX survey_response_customer ON survey_response (customer_id, submitted_at);

-- One row per answered question (per chosen option for multi_choice): what metrics and result
-- pages aggregate, with the response's dimensions copied so that no join is needed.
CREATE TABLE survey_answer (
    response_id    UUID          NOT NULL,
    survey_id      BIGINT        NOT NULL,
    question_key   VARCHAR(64)   NOT NULL,
    question_type  VARCHAR(16)   NOT NULL,
    customer_id    BIGINT,
    channel        VARCHAR(16)   NOT NULL,
    touchpoint     VARCHAR(64),
    submitted_at   TIMESTAMP     NOT NULL,
    -- the number for nps, csat, ces, rating and yes_no (1 yes, 0 no)
    score          INTEGER,
    -- the option id for single_choice and multi_choice
    choice         VARCHAR(64),
    text           VARCHAR(10000)
);
CREATE INDEX survey_answer_type_time ON survey_answer (question_type, submitted_at);
CREATE INDEX survey_answer_survey ON survey_answer (survey_id, question_key);
CREATE INDEX survey_answer_response ON survey_answer (response_id);

-- Answers saved page by page on the public page before the last page is sent.
CREATE TABLE survey_draft (
    id             VARCHAR(32)     PRIMARY KEY,
    survey_id      BIGINT          NOT NULL,
    survey_version INTEGER         NOT NULL,
    invitation_id  BIGINT,
    language       VARCHAR(2),
    page           INTEGER         NOT NULL,
    answers        TEXT            NOT NULL,
    started_at     TIMESTAMP       NOT NULL,
    updated_at     TIMESTAMP       NOT NULL
);
