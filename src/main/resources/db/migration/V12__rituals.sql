-- Rituals: the few synchronous moments an async company keeps on purpose. One row per kind,
-- created here inactive; HR or an administrator sets them up and switches them on.
CREATE TABLE ritual (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(32)   NOT NULL,
    title             VARCHAR(120)  NOT NULL,
    purpose           VARCHAR(1000) NOT NULL,
    -- NULL for newcomer 1:1s, which follow each newcomer's start date
    day_of_week       VARCHAR(9)    NULL,
    -- wall-clock time in the ritual's zone, 'HH:mm' (a TIME column would be shifted by the JDBC time zone)
    local_time        VARCHAR(5)    NOT NULL,
    duration_minutes  INT           NOT NULL,
    time_zone         VARCHAR(64)   NOT NULL DEFAULT 'Europe/Paris',
    -- EVERYBODY, or TEAMS (the teams of ritual_team)
    participants      VARCHAR(16)   NOT NULL DEFAULT 'EVERYBODY',
    minutes_template  TEXT          NOT NULL,
    active            BOOLEAN       NOT NULL DEFAULT FALSE,
    -- who hosts the all-hands (organiser of its series, owner of its agendas)
    host_id           BIGINT        NULL,
    -- newcomer 1:1s: on which days of the newcomer's first weeks (day 1 = the start date)
    day_numbers       VARCHAR(100)  NULL,
    -- all-hands: the calendar series currently planned
    series_event_id   BIGINT        NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_ritual_kind UNIQUE (kind),
    CONSTRAINT fk_ritual_host FOREIGN KEY (host_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ritual_team (
    ritual_id BIGINT NOT NULL,
    team_id   BIGINT NOT NULL,
    PRIMARY KEY (ritual_id, team_id),
    CONSTRAINT fk_ritual_team_ritual FOREIGN KEY (ritual_id) REFERENCES ritual (id) ON DELETE CASCADE,
    CONSTRAINT fk_ritual_team_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- people who chose not to take part in a ritual (the Monday trios)
CREATE TABLE ritual_opt_out (
    ritual_id  BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (ritual_id, person_id),
    CONSTRAINT fk_ritual_opt_out_ritual FOREIGN KEY (ritual_id) REFERENCES ritual (id) ON DELETE CASCADE,
    CONSTRAINT fk_ritual_opt_out_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One planned meeting of a ritual: a trio of one Monday, one Friday's all-hands, one newcomer 1:1.
-- The key makes planning idempotent ('trio:2026-11-30:3', 'all-hands:2026-12-04',
-- 'one-on-one:12:5:7'); how it went is the calendar occurrence's outcome.
CREATE TABLE ritual_meeting (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    ritual_id           BIGINT       NOT NULL,
    meeting_key         VARCHAR(120) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    meeting_date        DATE         NOT NULL,
    -- the occurrence's planned start (its RECURRENCE-ID) and end
    starts_at           TIMESTAMP(6) NOT NULL,
    ends_at             TIMESTAMP(6) NOT NULL,
    event_id            BIGINT       NULL,
    minutes_document_id BIGINT       NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_ritual_meeting_key UNIQUE (ritual_id, meeting_key),
    CONSTRAINT fk_ritual_meeting_ritual FOREIGN KEY (ritual_id) REFERENCES ritual (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ritual_meeting_start ON ritual_meeting (starts_at);
CREATE INDEX ix_ritual_meeting_date ON ritual_meeting (ritual_id, meeting_date);
CREATE INDEX ix_ritual_meeting_document ON ritual_meeting (minutes_document_id);

CREATE TABLE ritual_meeting_participant (
    meeting_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_meeting_participant_meeting FOREIGN KEY (meeting_id) REFERENCES ritual_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_participant_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_participant_person ON ritual_meeting_participant (person_id);

INSERT INTO ritual (kind, title, purpose, day_of_week, local_time, duration_minutes, minutes_template, day_numbers, updated_at)
VALUES ('MONDAY_TRIOS', 'Monday trio',
        'Three colleagues from different teams tell each other about the week ahead: what each is working on, where help is needed.',
        'MONDAY', '09:30', 30,
        '## Each of us this week\n\n- \n\n## Where we can help each other\n\n- \n\n## Next steps\n\n- [ ] ',
        NULL, UTC_TIMESTAMP(6)),
       ('FRIDAY_ALL_HANDS', 'Friday all-hands',
        'The whole company, thirty minutes: what we shipped, what we learnt, what is coming. Add your point to the agenda during the week.',
        'FRIDAY', '16:30', 30,
        '## Shipped this week\n\n- \n\n## Learnt\n\n- \n\n## Coming next\n\n- \n\n## Questions\n\n- ',
        NULL, UTC_TIMESTAMP(6)),
       ('NEWCOMER_ONE_ON_ONES', 'Newcomer 1:1',
        'A newcomer and their manager (or buddy) take stock: how the first days went, what is unclear, what comes next.',
        NULL, '09:00', 30,
        '## How it is going\n\n- \n\n## What is unclear\n\n- \n\n## Next steps\n\n- [ ] ',
        '1,7,30', UTC_TIMESTAMP(6));
