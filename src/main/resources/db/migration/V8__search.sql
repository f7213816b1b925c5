-- Search analytics (issue 4): what people look for, what finds nothing, what they open.
-- People are recorded only as a keyed hash (HMAC-SHA256 with the secret below), never by id.

CREATE TABLE search_secret (
    id     TINYINT      NOT NULL PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO search_secret (id, secret) VALUES (1, HEX(RANDOM_BYTES(32)));

CREATE TABLE search_query (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_hash    CHAR(64)     NOT NULL,
    query_text   VARCHAR(500) NOT NULL,
    result_count INT          NOT NULL,
    channel      VARCHAR(8)   NOT NULL,
    searched_at  TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_search_query_time ON search_query (searched_at);
CREATE INDEX ix_search_query_text ON search_query (query_text, searched_at);

CREATE TABLE search_click (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    query_id   BIGINT       NOT NULL,
    entry_key  VARCHAR(120) NOT NULL,
    position   INT          NOT NULL,
    clicked_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_search_click_query FOREIGN KEY (query_id) REFERENCES search_query (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
