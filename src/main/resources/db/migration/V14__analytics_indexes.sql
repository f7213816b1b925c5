-- Async-adoption analytics (issue 7) aggregates by time in MariaDB: the ranges it scans need
-- indexes that lead with the time (and cover the group filter), so three years are read by range.

-- saves per period and author (documents written, contributors, article edits)
CREATE INDEX ix_revision_created ON document_revision (created_at, author_id);

-- documents of a kind created per period (decisions logged, minutes with a decision)
CREATE INDEX ix_document_kind_created ON document (kind, created_at);

-- minutes by meeting day, decisions by acceptance day
CREATE INDEX ix_document_kind_meeting ON document (kind, meeting_date);
CREATE INDEX ix_document_kind_decided ON document (kind, decided_on);

-- upvotes given per period
CREATE INDEX ix_upvote_created ON document_upvote (created_at);
