-- E-mail addresses and usernames compare case-insensitively but accent-sensitively:
-- jose@example.fr and josé@exämple.fr are different mailboxes, so different people and accounts.
-- (The tables' default collation, utf8mb4_unicode_ci, is accent-insensitive and made the second
-- one "already taken".)

ALTER TABLE person MODIFY email VARCHAR(254) NOT NULL COLLATE utf8mb4_uca1400_as_ci;

ALTER TABLE user_account MODIFY username VARCHAR(254) NOT NULL COLLATE utf8mb4_uca1400_as_ci;
