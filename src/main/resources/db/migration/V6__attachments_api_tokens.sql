-- Attachments of documents (the files live under <data-dir>/files/, named by storage_name) and
-- per-user API tokens (only a SHA-256 hash of the secret is kept).

CREATE TABLE attachment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id    BIGINT       NOT NULL,
    -- the sanitised name shown to people and offered on download; never used as a path
    file_name      VARCHAR(255) NOT NULL,
    -- server-generated (a UUID): the only name the file has on disk
    storage_name   VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- detected from the file's bytes, not taken from the browser
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    -- bounded plain text for search; NULL when nothing could be extracted
    extracted_text MEDIUMTEXT   NULL,
    uploaded_by    BIGINT       NOT NULL,
    uploaded_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_attachment_storage UNIQUE (storage_name),
    CONSTRAINT fk_attachment_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_document ON attachment (document_id, uploaded_at);

CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    -- hex SHA-256 of the whole secret; the secret itself is shown once and never stored
    token_hash   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    last_used_at TIMESTAMP(6) NULL,
    expires_at   TIMESTAMP(6) NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_token_account ON api_token (account_id, created_at);
