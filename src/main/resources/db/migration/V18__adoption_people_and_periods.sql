-- Who counts in a distinct-people figure (contributors: people who saved a document), rolled with
-- the daily roll-up (ADR 0028): per rolled day ('D'), and per ISO week ('W', from Monday) and
-- month ('M', from the 1st) holding rolled days, in the company's zone. A distinct count over a
-- year by month then reads a row per person and month instead of every save of the year; the
-- group a person counts in is their current team, looked up when read, so moving team rolls
-- nothing again.
CREATE TABLE adoption_presence (
    metric       VARCHAR(40) NOT NULL,
    span         CHAR(1)     NOT NULL,
    period_start DATE        NOT NULL,
    person_id    BIGINT      NOT NULL,
    PRIMARY KEY (metric, span, period_start, person_id)
) ENGINE = InnoDB;

-- The rolled days summed per ISO week ('W') and month ('M') holding rolled days, derived from
-- adoption_day whenever days are rolled: a year by month reads a row per metric, team and month.
CREATE TABLE adoption_period (
    span         CHAR(1)     NOT NULL,
    metric       VARCHAR(40) NOT NULL,
    team_id      BIGINT      NOT NULL,
    period_start DATE        NOT NULL,
    value        DOUBLE      NOT NULL,
    basis        BIGINT      NOT NULL,
    PRIMARY KEY (span, metric, team_id, period_start)
) ENGINE = InnoDB;
