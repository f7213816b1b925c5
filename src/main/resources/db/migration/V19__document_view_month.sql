-- Knowledge-base health at scale (issue 7, ADR 0028).
--
-- Views per document and month, kept by triggers on document_view_day so that every writer (the
-- view counter, the demo seeders, bulk imports) keeps it exact: "popular but stale" over a year by
-- month reads a row per document and month read, not one per document and day. The primary key of
-- a view day never changes; rows of a deleted document go with it (the foreign key, as cascades
-- fire no trigger).
CREATE TABLE document_view_month (
    month       DATE   NOT NULL,
    document_id BIGINT NOT NULL,
    views       INT    NOT NULL,
    PRIMARY KEY (month, document_id),
    CONSTRAINT fk_view_month_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_view_month_document ON document_view_month (document_id, month);

INSERT INTO document_view_month (month, document_id, views)
SELECT day - INTERVAL (DAYOFMONTH(day) - 1) DAY, document_id, SUM(views)
FROM document_view_day
GROUP BY day - INTERVAL (DAYOFMONTH(day) - 1) DAY, document_id;

CREATE TRIGGER tr_view_day_insert AFTER INSERT ON document_view_day FOR EACH ROW
    INSERT INTO document_view_month (month, document_id, views)
    VALUES (NEW.day - INTERVAL (DAYOFMONTH(NEW.day) - 1) DAY, NEW.document_id, NEW.views)
    ON DUPLICATE KEY UPDATE views = views + NEW.views;

CREATE TRIGGER tr_view_day_update AFTER UPDATE ON document_view_day FOR EACH ROW
    UPDATE document_view_month SET views = views + NEW.views - OLD.views
    WHERE month = NEW.day - INTERVAL (DAYOFMONTH(NEW.day) - 1) DAY AND document_id = NEW.document_id;

CREATE TRIGGER tr_view_day_delete AFTER DELETE ON document_view_day FOR EACH ROW
    UPDATE document_view_month SET views = views - OLD.views
    WHERE month = OLD.day - INTERVAL (DAYOFMONTH(OLD.day) - 1) DAY AND document_id = OLD.document_id;

-- the share of articles past their review date reads every article once: from this index alone
CREATE INDEX ix_document_article_health ON document (kind, created_at, deleted_at, review_by, owner_id);
