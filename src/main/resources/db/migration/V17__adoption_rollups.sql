-- Daily roll-ups of the adoption figures (issue 7, ADR 0026). A day is rolled once it is over:
-- its figures per team (0: people without a team) and for the whole company (-1), as the sources
-- measure them. Days from adoption_rollup_state.rolled_until on, and before first_day, are
-- measured live. A change that alters a day already rolled queues that day in adoption_dirty in
-- the same transaction; the roller measures queued days again.

CREATE TABLE adoption_day (
    metric  VARCHAR(40) NOT NULL,
    team_id BIGINT      NOT NULL,
    day     DATE        NOT NULL,
    value   DOUBLE      NOT NULL,
    basis   BIGINT      NOT NULL,
    PRIMARY KEY (metric, team_id, day)
) ENGINE = InnoDB;

-- actions per local day and hour in the company's zone (the heatmap)
CREATE TABLE adoption_hour (
    team_id BIGINT  NOT NULL,
    day     DATE    NOT NULL,
    hour    TINYINT NOT NULL,
    actions BIGINT  NOT NULL,
    PRIMARY KEY (team_id, day, hour)
) ENGINE = InnoDB;

CREATE TABLE adoption_rollup_state (
    id           TINYINT NOT NULL PRIMARY KEY,
    first_day    DATE    NULL,
    rolled_until DATE    NULL
) ENGINE = InnoDB;

INSERT INTO adoption_rollup_state (id, first_day, rolled_until) VALUES (1, NULL, NULL);

-- days whose figures changed after they were rolled: [from_day, to_day)
CREATE TABLE adoption_dirty (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_day DATE NOT NULL,
    to_day   DATE NOT NULL
) ENGINE = InnoDB;

-- the memberships the rows were rolled with: a person who changed team (or dates) moves their
-- teams' history
CREATE TABLE adoption_rollup_member (
    person_id  BIGINT NOT NULL PRIMARY KEY,
    team_id    BIGINT NOT NULL,
    start_date DATE   NOT NULL,
    left_on    DATE   NULL
) ENGINE = InnoDB;

-- today's meeting hours are measured live: the meetings still running then (a series not over,
-- an event not ended) are found by their end rather than by reading every earlier meeting
CREATE INDEX ix_calendar_event_series_end ON calendar_event (series_end_at, start_at);
