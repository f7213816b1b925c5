-- Clients, contacts, projects, tasks, invoices and the project activity feed; documents of the
-- hub may point at a client and a project.

CREATE TABLE client (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(150) NOT NULL,
    sector           VARCHAR(100) NULL,
    status           VARCHAR(16)  NOT NULL,
    account_owner_id BIGINT       NOT NULL,
    notes            TEXT         NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_client_name UNIQUE (name),
    CONSTRAINT fk_client_owner FOREIGN KEY (account_owner_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_client_status ON client (status, name);
CREATE INDEX ix_client_owner ON client (account_owner_id);

CREATE TABLE client_contact (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id BIGINT       NOT NULL,
    name      VARCHAR(150) NOT NULL,
    role      VARCHAR(120) NULL,
    email     VARCHAR(254) NULL,
    phone     VARCHAR(40)  NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_contact_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_contact_client ON client_contact (client_id, name);
CREATE INDEX ix_contact_name ON client_contact (name);

CREATE TABLE project (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id   BIGINT        NOT NULL,
    name        VARCHAR(150)  NOT NULL,
    description TEXT          NULL,
    owner_id    BIGINT        NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    start_date  DATE          NULL,
    end_date    DATE          NULL,
    budget_days DECIMAL(7, 1) NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_project_name UNIQUE (client_id, name),
    CONSTRAINT fk_project_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_project_owner FOREIGN KEY (owner_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_project_owner ON project (owner_id);
CREATE INDEX ix_project_status ON project (status, start_date);

CREATE TABLE project_member (
    project_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (project_id, person_id),
    CONSTRAINT fk_project_member_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_project_member_person ON project_member (person_id);

CREATE TABLE task (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NULL,
    assignee_id BIGINT       NULL,
    due_date    DATE         NULL,
    status      VARCHAR(20)  NOT NULL,
    priority    VARCHAR(10)  NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    done_at     TIMESTAMP(6) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_id) REFERENCES person (id),
    CONSTRAINT fk_task_creator FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the board reads one column of a project at a time; "my tasks" and "overdue" read by assignee and date
CREATE INDEX ix_task_board ON task (project_id, status, priority, due_date);
CREATE INDEX ix_task_assignee ON task (assignee_id, status, due_date);
CREATE INDEX ix_task_due ON task (status, due_date);

CREATE TABLE task_checklist_item (
    task_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    text     VARCHAR(300) NOT NULL,
    done     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (task_id, position),
    CONSTRAINT fk_checklist_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task_comment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id    BIGINT       NOT NULL,
    author_id  BIGINT       NOT NULL,
    body       TEXT         NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_task_comment_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_comment_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_task ON task_comment (task_id, created_at);

CREATE TABLE task_document (
    task_id     BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, document_id),
    CONSTRAINT fk_task_document_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_document_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Amounts in euros, exact (DECIMAL, BigDecimal in Java); a project-less invoice belongs to the client.
CREATE TABLE invoice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    number      VARCHAR(40)    NOT NULL,
    client_id   BIGINT         NOT NULL,
    project_id  BIGINT         NULL,
    issue_date  DATE           NOT NULL,
    due_date    DATE           NOT NULL,
    amount_excl DECIMAL(12, 2) NOT NULL,
    amount_incl DECIMAL(12, 2) NOT NULL,
    status      VARCHAR(10)    NOT NULL,
    paid_on     DATE           NULL,
    created_at  TIMESTAMP(6)   NOT NULL,
    updated_at  TIMESTAMP(6)   NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_invoice_number UNIQUE (number),
    CONSTRAINT fk_invoice_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_invoice_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_invoice_client ON invoice (client_id, issue_date);
CREATE INDEX ix_invoice_project ON invoice (project_id, issue_date);
CREATE INDEX ix_invoice_status ON invoice (status, due_date);

-- The PDF apart, so that lists of invoices never load it.
CREATE TABLE invoice_pdf (
    invoice_id BIGINT       NOT NULL PRIMARY KEY,
    file_name  VARCHAR(200) NOT NULL,
    content    MEDIUMBLOB   NOT NULL,
    CONSTRAINT fk_invoice_pdf_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to a client and its projects, in words: status changes, comments, new tasks.
-- (The analytics activity log keeps only codes; this feed keeps what people read.)
CREATE TABLE client_activity (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(6) NOT NULL,
    actor_id    BIGINT       NULL,
    client_id   BIGINT       NOT NULL,
    project_id  BIGINT       NULL,
    task_id     BIGINT       NULL,
    action      VARCHAR(40)  NOT NULL,
    detail      VARCHAR(300) NULL,
    CONSTRAINT fk_client_activity_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_client_activity_client ON client_activity (client_id, occurred_at);
CREATE INDEX ix_client_activity_project ON client_activity (project_id, occurred_at);

ALTER TABLE document
    ADD COLUMN client_id BIGINT NULL,
    ADD COLUMN project_id BIGINT NULL,
    ADD CONSTRAINT fk_document_client FOREIGN KEY (client_id) REFERENCES client (id),
    ADD CONSTRAINT fk_document_project FOREIGN KEY (project_id) REFERENCES project (id);

CREATE INDEX ix_document_client ON document (client_id, updated_at);
CREATE INDEX ix_document_project ON document (project_id, updated_at);
