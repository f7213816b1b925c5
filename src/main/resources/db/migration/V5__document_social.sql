-- Document hub, social part: comments, upvotes, private "was this helpful?" notes, view counts
-- (daily aggregates plus one row per person, document and day for "unique"), and the review
-- reminders already sent (so the scheduled job is idempotent).

CREATE TABLE document_comment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id    BIGINT       NOT NULL,
    author_id      BIGINT       NOT NULL,
    body           TEXT         NOT NULL,
    -- chosen by the composer: the same submission sent twice (double click, retry) is one comment
    submission_key VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    edited_at      TIMESTAMP(6) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_comment_submission UNIQUE (author_id, submission_key),
    CONSTRAINT fk_comment_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_document ON document_comment (document_id, created_at, id);

CREATE TABLE document_upvote (
    document_id BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (document_id, person_id),
    CONSTRAINT fk_upvote_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_upvote_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_upvote_person ON document_upvote (person_id);

-- One note per reader and document (a new one replaces it); only the owner and administrators read them.
CREATE TABLE document_helpful_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    helpful     BOOLEAN       NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_helpful_note UNIQUE (document_id, author_id),
    CONSTRAINT fk_helpful_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_helpful_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_helpful_document ON document_helpful_note (document_id, created_at);

-- Views of a document per day: every view counts in views, a person at most once a day in
-- unique_viewers; anonymous views of public pages count in views only. Written with
-- INSERT ... ON DUPLICATE KEY UPDATE, so concurrent views add up.
CREATE TABLE document_view_day (
    document_id    BIGINT NOT NULL,
    day            DATE   NOT NULL,
    views          INT    NOT NULL,
    unique_viewers INT    NOT NULL,
    PRIMARY KEY (document_id, day),
    CONSTRAINT fk_view_day_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- company-wide rankings read a period for every document: day first, covering
CREATE INDEX ix_view_day_day ON document_view_day (day, document_id, views);

-- Who read what on which day: the INSERT IGNORE that succeeds is the day's first view by that person.
CREATE TABLE document_viewer_day (
    document_id BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    day         DATE   NOT NULL,
    PRIMARY KEY (document_id, person_id, day),
    CONSTRAINT fk_viewer_day_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_viewer_day_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Review reminders sent: one per document and review-by date; a new date may be reminded again.
CREATE TABLE document_review_reminder (
    document_id BIGINT       NOT NULL,
    review_by   DATE         NOT NULL,
    sent_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (document_id, review_by),
    CONSTRAINT fk_review_reminder_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- stale documents are looked up by their review-by date
CREATE INDEX ix_document_review_by ON document (review_by);
