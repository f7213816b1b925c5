-- Document hub, part 1: spaces, documents of five kinds with relational kind-specific fields,
-- tags, named readers, full-snapshot revisions, and the append-only activity log analytics reads.

CREATE TABLE space (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    slug        VARCHAR(120) NOT NULL,
    description VARCHAR(500) NULL,
    -- a team space takes its members from the team; a company-wide space lists them explicitly
    team_id     BIGINT       NULL,
    -- a company-wide space everybody belongs to (no member list to keep up to date)
    open_to_all BOOLEAN      NOT NULL DEFAULT FALSE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_space_slug UNIQUE (slug),
    CONSTRAINT uk_space_team UNIQUE (team_id),
    CONSTRAINT fk_space_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE space_member (
    space_id  BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (space_id, person_id),
    CONSTRAINT fk_space_member_space FOREIGN KEY (space_id) REFERENCES space (id) ON DELETE CASCADE,
    CONSTRAINT fk_space_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_space_member_person ON space_member (person_id);

CREATE TABLE document (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    space_id    BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    -- binary collation: slugs are ASCII and compared exactly
    slug        VARCHAR(220) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    visibility  VARCHAR(16)  NOT NULL,
    owner_id    BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    updated_by  BIGINT       NOT NULL,
    deleted_at  TIMESTAMP(6) NULL,
    review_by   DATE         NULL,
    revision    INT          NOT NULL,
    -- kind-specific fields: one nullable column group per kind, checked by the entity
    meeting_date      DATE         NULL,
    agenda            TEXT         NULL,
    decision_context  TEXT         NULL,
    decision_text     TEXT         NULL,
    decision_status   VARCHAR(16)  NULL,
    decided_on        DATE         NULL,
    superseded_by     BIGINT       NULL,
    problem_text      TEXT         NULL,
    solution_text     TEXT         NULL,
    problem_status    VARCHAR(16)  NULL,
    client_project    VARCHAR(200) NULL,
    helped_count      INT          NOT NULL DEFAULT 0,
    feedback_source   VARCHAR(16)  NULL,
    sentiment         VARCHAR(16)  NULL,
    follow_up_status  VARCHAR(16)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_document_slug UNIQUE (space_id, slug),
    CONSTRAINT fk_document_space FOREIGN KEY (space_id) REFERENCES space (id),
    CONSTRAINT fk_document_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_document_updated_by FOREIGN KEY (updated_by) REFERENCES person (id),
    CONSTRAINT fk_document_superseded_by FOREIGN KEY (superseded_by) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_document_updated ON document (deleted_at, updated_at);
CREATE INDEX ix_document_owner ON document (owner_id, updated_at);
CREATE INDEX ix_document_kind ON document (kind, updated_at);

CREATE TABLE document_attendee (
    document_id BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (document_id, person_id),
    CONSTRAINT fk_attendee_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendee_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_decision_taken (
    document_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    text        VARCHAR(500) NOT NULL,
    PRIMARY KEY (document_id, position),
    CONSTRAINT fk_decision_taken_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_item (
    document_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    text        VARCHAR(500) NOT NULL,
    assignee_id BIGINT       NULL,
    due_date    DATE         NULL,
    done        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (document_id, position),
    CONSTRAINT fk_action_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_assignee FOREIGN KEY (assignee_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_action_assignee ON action_item (assignee_id, done, due_date);

CREATE TABLE tag (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(60) NOT NULL,
    CONSTRAINT uk_tag_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_tag (
    document_id BIGINT NOT NULL,
    tag_id      BIGINT NOT NULL,
    PRIMARY KEY (document_id, tag_id),
    CONSTRAINT fk_document_tag_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_document_tag_tag ON document_tag (tag_id);

CREATE TABLE document_reader (
    document_id BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (document_id, person_id),
    CONSTRAINT fk_reader_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_reader_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reader_person ON document_reader (person_id);

-- A full snapshot per save: title, body and the kind-specific fields as they were
-- (kind_fields is a plain "key: value" text block so a diff reads well).
CREATE TABLE document_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id BIGINT       NOT NULL,
    number      INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    kind_fields TEXT         NOT NULL,
    author_id   BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    restored_from INT        NULL,
    CONSTRAINT uk_revision_number UNIQUE (document_id, number),
    CONSTRAINT fk_revision_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_revision_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: who did what to which thing, when. Analytics reads it; nothing updates it.
CREATE TABLE activity (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at     TIMESTAMP(6) NOT NULL,
    actor_person_id BIGINT       NULL,
    action          VARCHAR(40)  NOT NULL,
    subject_type    VARCHAR(40)  NOT NULL,
    subject_id      BIGINT       NOT NULL,
    team_id         BIGINT       NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_activity_time ON activity (occurred_at);
CREATE INDEX ix_activity_actor ON activity (actor_person_id, occurred_at);
CREATE INDEX ix_activity_subject ON activity (subject_type, subject_id);
