-- Onboarding and offboarding checklists (ADR 0018). Templates are versioned: an edit saves a new
-- row of the same lineage and running checklists keep the items they were started with (copied
-- into onboarding_item), so a template change never moves a running onboarding.

CREATE TABLE onboarding_template (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the versions of one template share a lineage (a random key chosen at creation)
    lineage        CHAR(36)     CHARACTER SET ascii NOT NULL,
    version_number INT          NOT NULL,
    latest         BOOLEAN      NOT NULL,
    purpose        VARCHAR(16)  NOT NULL,
    name           VARCHAR(150) NOT NULL,
    team_id        BIGINT       NULL,
    role_name      VARCHAR(120) NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    created_by     BIGINT       NULL,
    CONSTRAINT uk_template_version UNIQUE (lineage, version_number),
    CONSTRAINT fk_template_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_template_latest ON onboarding_template (latest, purpose, name);

CREATE TABLE onboarding_template_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id     BIGINT       NOT NULL,
    position        INT          NOT NULL,
    section         VARCHAR(120) NOT NULL,
    title           VARCHAR(200) NOT NULL,
    description     TEXT         NULL,
    responsible     VARCHAR(16)  NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    due_offset_days INT          NOT NULL,
    article_id      BIGINT       NULL,
    CONSTRAINT fk_template_item FOREIGN KEY (template_id) REFERENCES onboarding_template (id) ON DELETE CASCADE,
    CONSTRAINT ck_template_item_offset CHECK (due_offset_days BETWEEN -7 AND 90)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_template_item ON onboarding_template_item (template_id, position);

CREATE TABLE onboarding (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    purpose       VARCHAR(16)  NOT NULL,
    template_id   BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    -- the person's team when it started: the dashboard filters on it
    team_id       BIGINT       NULL,
    buddy_id      BIGINT       NULL,
    manager_id    BIGINT       NULL,
    hr_id         BIGINT       NULL,
    it_id         BIGINT       NULL,
    start_date    DATE         NOT NULL,
    started_at    TIMESTAMP(6) NOT NULL,
    completed_at  TIMESTAMP(6) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_onboarding_template FOREIGN KEY (template_id) REFERENCES onboarding_template (id),
    CONSTRAINT fk_onboarding_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_onboarding_buddy FOREIGN KEY (buddy_id) REFERENCES person (id),
    CONSTRAINT fk_onboarding_manager FOREIGN KEY (manager_id) REFERENCES person (id),
    CONSTRAINT fk_onboarding_hr FOREIGN KEY (hr_id) REFERENCES person (id),
    CONSTRAINT fk_onboarding_it FOREIGN KEY (it_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_onboarding_progress ON onboarding (completed_at, start_date);
CREATE INDEX ix_onboarding_person ON onboarding (person_id);
CREATE INDEX ix_onboarding_buddy ON onboarding (buddy_id);
CREATE INDEX ix_onboarding_manager ON onboarding (manager_id);

CREATE TABLE onboarding_item (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    onboarding_id         BIGINT       NOT NULL,
    position              INT          NOT NULL,
    section               VARCHAR(120) NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    description           TEXT         NULL,
    responsible           VARCHAR(16)  NOT NULL,
    responsible_person_id BIGINT       NULL,
    kind                  VARCHAR(24)  NOT NULL,
    due_offset_days       INT          NOT NULL,
    due_date              DATE         NOT NULL,
    article_id            BIGINT       NULL,
    status                VARCHAR(20)  NOT NULL,
    -- the writing exercise's document, once the newcomer started writing
    document_id           BIGINT       NULL,
    review_rounds         INT          NOT NULL DEFAULT 0,
    submitted_at          TIMESTAMP(6) NULL,
    completed_at          TIMESTAMP(6) NULL,
    completed_by          BIGINT       NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_item_onboarding FOREIGN KEY (onboarding_id) REFERENCES onboarding (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_responsible FOREIGN KEY (responsible_person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_item_onboarding ON onboarding_item (onboarding_id, status, due_date);
CREATE INDEX ix_item_responsible ON onboarding_item (responsible_person_id, status, due_date);
CREATE INDEX ix_item_due ON onboarding_item (status, due_date);
CREATE INDEX ix_item_completed ON onboarding_item (completed_at);

-- Who did what and when: completions, confirmations, submissions, reviews (with their comment).
CREATE TABLE onboarding_audit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    onboarding_id BIGINT       NOT NULL,
    item_id       BIGINT       NULL,
    actor_id      BIGINT       NULL,
    action        VARCHAR(24)  NOT NULL,
    comment       TEXT         NULL,
    occurred_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_audit_onboarding FOREIGN KEY (onboarding_id) REFERENCES onboarding (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_onboarding ON onboarding_audit (onboarding_id, occurred_at);
CREATE INDEX ix_audit_item ON onboarding_audit (item_id, occurred_at);

-- Reminders sent, claimed with INSERT IGNORE so repeated or overlapping runs never send twice; a
-- new due date (re-planned start) is reminded again.
CREATE TABLE onboarding_reminder (
    item_id   BIGINT      NOT NULL,
    reminder  VARCHAR(16) NOT NULL,
    due_date  DATE        NOT NULL,
    sent_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (item_id, reminder, due_date),
    CONSTRAINT fk_reminder_item FOREIGN KEY (item_id) REFERENCES onboarding_item (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE onboarding_digest (
    hr_id    BIGINT       NOT NULL,
    day      DATE         NOT NULL,
    sent_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (hr_id, day)
) ENGINE = InnoDB;
