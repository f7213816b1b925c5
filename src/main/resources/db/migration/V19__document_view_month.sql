-- Knowledge-base health at scale (issue 7, ADR 0028).
--
-- Views per document and month, with the document's review-by date, deletion and owner as they
-- are now: "popular but stale" over a year by month reads a row per document and month read,
-- instead of one per document and day joined to its document. Triggers keep it exact through
-- every writer (the view counter, the demo seeders, bulk imports, any edit of a document). The
-- primary key of a view day never changes; rows of a deleted document go with it (the foreign
-- key: cascades fire no trigger).
CREATE TABLE document_view_month (
    month       DATE    NOT NULL,
    document_id BIGINT  NOT NULL,
    views       INT     NOT NULL,
    review_by   DATE    NULL,
    deleted     BOOLEAN NOT NULL,
    owner_id    BIGINT  NOT NULL,
    PRIMARY KEY (month, document_id),
    CONSTRAINT fk_view_month_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_view_month_document ON document_view_month (document_id, month);

INSERT INTO document_view_month (month, document_id, views, review_by, deleted, owner_id)
SELECT v.month, v.document_id, v.views, d.review_by, d.deleted_at IS NOT NULL, d.owner_id
FROM (SELECT day - INTERVAL (DAYOFMONTH(day) - 1) DAY AS month, document_id, SUM(views) AS views
      FROM document_view_day GROUP BY day - INTERVAL (DAYOFMONTH(day) - 1) DAY, document_id) v
JOIN document d ON d.id = v.document_id;

CREATE TRIGGER tr_view_day_insert AFTER INSERT ON document_view_day FOR EACH ROW
    INSERT INTO document_view_month (month, document_id, views, review_by, deleted, owner_id)
    SELECT NEW.day - INTERVAL (DAYOFMONTH(NEW.day) - 1) DAY, d.id, NEW.views, d.review_by, d.deleted_at IS NOT NULL,
           d.owner_id
    FROM document d WHERE d.id = NEW.document_id
    ON DUPLICATE KEY UPDATE views = document_view_month.views + NEW.views;

CREATE TRIGGER tr_view_day_update AFTER UPDATE ON document_view_day FOR EACH ROW
    UPDATE document_view_month SET views = views + NEW.views - OLD.views
    WHERE month = NEW.day - INTERVAL (DAYOFMONTH(NEW.day) - 1) DAY AND document_id = NEW.document_id;

CREATE TRIGGER tr_view_day_delete AFTER DELETE ON document_view_day FOR EACH ROW
    UPDATE document_view_month SET views = views - OLD.views
    WHERE month = OLD.day - INTERVAL (DAYOFMONTH(OLD.day) - 1) DAY AND document_id = OLD.document_id;

CREATE TRIGGER tr_document_view_month AFTER UPDATE ON document FOR EACH ROW
    UPDATE document_view_month SET review_by = NEW.review_by, deleted = NEW.deleted_at IS NOT NULL, owner_id = NEW.owner_id
    WHERE document_id = NEW.id
      AND NOT (NEW.review_by <=> OLD.review_by AND NEW.deleted_at <=> OLD.deleted_at AND NEW.owner_id <=> OLD.owner_id);

-- the share of articles past their review date reads every article once: from this index alone
CREATE INDEX ix_document_article_health ON document (kind, created_at, deleted_at, review_by, owner_id);
