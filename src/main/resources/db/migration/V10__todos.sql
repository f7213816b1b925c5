-- Personal to-do lists. An item is either the person's own (source is null) or mirrors a work
-- item of another feature (action item of minutes, project task, onboarding item), identified by
-- a stable source key so the owning feature can update, move or remove it.
CREATE TABLE todo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_id     BIGINT        NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    due_date     DATE          NULL,
    -- a path inside Relais (/docs/12/slug) or an http(s) address
    link         VARCHAR(1000) NULL,
    link_label   VARCHAR(200)  NULL,
    done         BOOLEAN       NOT NULL DEFAULT FALSE,
    -- order within the owner's list, chosen by dragging; gaps are allowed, duplicates are not made
    position     BIGINT        NOT NULL,
    -- binary collation: source keys are ASCII and compared exactly
    source       VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    completed_at TIMESTAMP(6)  NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_todo_source UNIQUE (source),
    CONSTRAINT fk_todo_owner FOREIGN KEY (owner_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_todo_owner_position ON todo (owner_id, done, position);
CREATE INDEX ix_todo_owner_due ON todo (owner_id, done, due_date);
CREATE INDEX ix_todo_owner_completed ON todo (owner_id, done, completed_at);
