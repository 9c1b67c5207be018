-- Tags on customers (segments such as vip or at_risk), set by alert rules, the API or people.
-- A tag is a key; a customer carries it once, with the time and source of its first addition.
CREATE TABLE customer_tag (
    customer_id BIGINT        NOT NULL,
    tag         VARCHAR(64)   NOT NULL,
    added_at    TIMESTAMP     NOT NULL,
    -- who added it: "rule:<id>", "key:<name> (<prefix>)", "user:<name>", ...
    source      VARCHAR(200)  NOT NULL,
    PRIMARY KEY (customer_id, tag)
);
CREATE INDEX customer_tag_tag ON customer_tag (tag);
