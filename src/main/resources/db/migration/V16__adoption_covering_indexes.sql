-- Async-adoption analytics at scale (issue 7: 500 people, ~5 million activity rows): the two
-- aggregates over the largest tables read a year of rows by time. With an index on the time
-- alone, every row in range costs a lookup into the table for one more column; these indexes
-- carry that column, so the range is read from the index only. They replace the time-only
-- indexes, which they extend (every query that used those can use these).

-- the activity heatmap: actions per hour by a group's people
CREATE INDEX ix_activity_time_actor ON activity (occurred_at, actor_person_id);
DROP INDEX ix_activity_time ON activity;

-- searches, zero-result rate and click-through per period (the click is found by the query's id)
CREATE INDEX ix_search_query_time_results ON search_query (searched_at, result_count);
DROP INDEX ix_search_query_time ON search_query;

-- a team's saves: its few people's ranges, rather than the whole company's year of saves once per
-- team when the teams are compared (the time-first index stays for the company's figures)
CREATE INDEX ix_revision_author_created ON document_revision (author_id, created_at);
