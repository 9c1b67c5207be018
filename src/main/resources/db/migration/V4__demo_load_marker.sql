-- Records that the demo company was loaded, so it is loaded once per store.
CREATE TABLE demo_load (
    loaded_at TIMESTAMP NOT NULL,
    seed      BIGINT    NOT NULL,
    customers INTEGER   NOT NULL,
    events    BIGINT    NOT NULL
);
