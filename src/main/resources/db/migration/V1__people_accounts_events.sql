-- Foundation schema: teams, people, accounts and roles, and Spring Modulith's durable event log.
-- All text is utf8mb4 so names in any script (and emoji) survive; the collation is case- and
-- accent-insensitive, which also makes e-mail uniqueness case-insensitive.

CREATE TABLE team (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_team_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    job_title   VARCHAR(120) NULL,
    team_id     BIGINT       NULL,
    manager_id  BIGINT       NULL,
    start_date  DATE         NOT NULL,
    location    VARCHAR(120) NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    left_on     DATE         NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT fk_person_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_person_manager FOREIGN KEY (manager_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_person_name ON person (last_name, first_name);
CREATE INDEX ix_person_start ON person (start_date);

CREATE TABLE user_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(201) NOT NULL,
    person_id     BIGINT       NULL,
    enabled       BOOLEAN      NOT NULL,
    locale        VARCHAR(8)   NULL,
    color_scheme  VARCHAR(8)   NOT NULL DEFAULT 'SYSTEM',
    created_at    TIMESTAMP(6) NOT NULL,
    last_login_at TIMESTAMP(6) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Modulith's event publication registry (JPA): an event committed with its data survives
-- a crash and is replayed at start-up.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP(6)  NOT NULL,
    completion_date        TIMESTAMP(6)  NULL,
    last_resubmission_date TIMESTAMP(6)  NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    status                 ENUM ('COMPLETED','FAILED','PROCESSING','PUBLISHED','RESUBMITTED') NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_publication_incomplete ON event_publication (completion_date, publication_date);
