-- Calendars: one company calendar, one per team, one per person. Events keep their start and end
-- as UTC instants plus the zone they were planned in (recurrences expand in that zone, so a
-- weekly 09:00 in Europe/Paris stays at 09:00 across daylight-saving changes).

CREATE TABLE calendar (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind      VARCHAR(16) NOT NULL,
    team_id   BIGINT      NULL,
    owner_id  BIGINT      NULL,
    -- NULL for team and personal calendars, 'COMPANY' for the one company calendar (unique)
    singleton VARCHAR(16) NULL,
    CONSTRAINT uk_calendar_team UNIQUE (team_id),
    CONSTRAINT uk_calendar_owner UNIQUE (owner_id),
    CONSTRAINT uk_calendar_singleton UNIQUE (singleton),
    CONSTRAINT fk_calendar_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_calendar_owner FOREIGN KEY (owner_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    calendar_id   BIGINT        NOT NULL,
    -- the iCalendar UID: ours for events made here, the source's for imported ones
    uid           VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   TEXT          NULL,
    start_at      TIMESTAMP(6)  NOT NULL,
    end_at        TIMESTAMP(6)  NOT NULL,
    time_zone     VARCHAR(64)   NOT NULL,
    all_day       BOOLEAN       NOT NULL,
    location      VARCHAR(300)  NULL,
    video_url     VARCHAR(500)  NULL,
    organiser_id  BIGINT        NOT NULL,
    visibility    VARCHAR(16)   NOT NULL,
    absence_type  VARCHAR(16)   NULL,
    rrule         VARCHAR(500)  NULL,
    -- end of the last occurrence (NULL: the series never ends), so range queries need no expansion
    series_end_at TIMESTAMP(6)  NULL,
    -- what created it, for features that manage their own events (e.g. 'ritual:12')
    source        VARCHAR(120)  NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_calendar_event_uid UNIQUE (calendar_id, uid),
    CONSTRAINT fk_calendar_event_calendar FOREIGN KEY (calendar_id) REFERENCES calendar (id),
    CONSTRAINT fk_calendar_event_organiser FOREIGN KEY (organiser_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_calendar_event_range ON calendar_event (calendar_id, start_at, series_end_at);
CREATE INDEX ix_calendar_event_organiser ON calendar_event (organiser_id, start_at);
CREATE INDEX ix_calendar_event_source ON calendar_event (source);

-- invited people, or whole teams (exactly one of the two per row)
CREATE TABLE calendar_event_attendee (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id  BIGINT NOT NULL,
    person_id BIGINT NULL,
    team_id   BIGINT NULL,
    CONSTRAINT fk_attendee_event FOREIGN KEY (event_id) REFERENCES calendar_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_attendee_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_event_attendee_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_attendee_one CHECK ((person_id IS NULL) <> (team_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_attendee_person ON calendar_event_attendee (person_id, event_id);
CREATE INDEX ix_event_attendee_team ON calendar_event_attendee (team_id, event_id);

-- What is known about one occurrence of a series (or of a single event): moved or cancelled
-- (RECURRENCE-ID / EXDATE), and its outcome (held, time used, minutes document).
CREATE TABLE calendar_occurrence (
    event_id            BIGINT       NOT NULL,
    original_start      TIMESTAMP(6) NOT NULL,
    cancelled           BOOLEAN      NOT NULL DEFAULT FALSE,
    moved_start         TIMESTAMP(6) NULL,
    moved_end           TIMESTAMP(6) NULL,
    held                BOOLEAN      NULL,
    minutes_used        INT          NULL,
    minutes_document_id BIGINT       NULL,
    minutes_linked_at   TIMESTAMP(6) NULL,
    PRIMARY KEY (event_id, original_start),
    CONSTRAINT fk_occurrence_event FOREIGN KEY (event_id) REFERENCES calendar_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_occurrence_moved ON calendar_occurrence (moved_start, moved_end);

-- A person's secret iCalendar feed: only a SHA-256 of the token is kept; revoking deletes the row.
CREATE TABLE calendar_feed_token (
    person_id  BIGINT       NOT NULL PRIMARY KEY,
    token_hash CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_feed_token_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
