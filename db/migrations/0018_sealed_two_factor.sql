-- Two-step login secrets sealed with TWO_FACTOR_KEY (AES-256-GCM, a random IV for each), so a
-- copy of the database, a backup say, cannot make login codes. 'v1:' names how it was sealed.
-- An account has one or the other: totp_secret keeps a secret stored before there was a key
-- (or, outside production, without one), until start-up seals it.
ALTER TABLE admin_users ADD COLUMN totp_sealed TEXT
  CHECK (totp_sealed IS NULL OR (totp_sealed LIKE 'v1:%' AND totp_secret IS NULL));
