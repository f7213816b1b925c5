-- In-app notifications: a translated message (key + arguments, rendered in the reader's language)
-- and a link inside Relais.
CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    message_key  VARCHAR(120)  NOT NULL,
    arguments    VARCHAR(2000) NOT NULL,
    link         VARCHAR(500)  NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    read_at      TIMESTAMP(6)  NULL,
    CONSTRAINT fk_notification_person FOREIGN KEY (recipient_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
