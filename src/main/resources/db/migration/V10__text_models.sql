-- Sentiment models an organisation trains from its own labelled examples, and which model is
-- active per language (builtin, custom:<id> or onnx:<name>).
CREATE SEQUENCE text_model_seq;
CREATE TABLE text_model (
    id             BIGINT           PRIMARY KEY,
    name           VARCHAR(100)     NOT NULL,
    language       VARCHAR(2)       NOT NULL,
    -- per language: 1, 2, 3 ... in order of training
    version        INTEGER          NOT NULL,
    examples       INTEGER          NOT NULL,
    train_examples INTEGER          NOT NULL,
    test_examples  INTEGER          NOT NULL,
    accuracy       DOUBLE PRECISION NOT NULL,
    macro_f1       DOUBLE PRECISION NOT NULL,
    -- the built-in model's accuracy on the same held-out examples, for comparison
    builtin_accuracy DOUBLE PRECISION NOT NULL,
    -- JSON: the held-out evaluation (confusion matrix, per-class figures) of this and the built-in model
    evaluation     TEXT             NOT NULL,
    -- the classifier, compressed and base64-encoded (TEXT: one type on both stores)
    weights        TEXT             NOT NULL,
    created_at     TIMESTAMP        NOT NULL
);

CREATE TABLE text_active_model (
    language     VARCHAR(2)   PRIMARY KEY,
    model_ref    VARCHAR(120) NOT NULL,
    activated_at TIMESTAMP    NOT NULL
);
