-- An optional second step at login: a code from an authenticator app (TOTP, RFC 6238). The
-- last time step used is kept, so a code cannot be used twice.
ALTER TABLE admin_users ADD COLUMN totp_secret TEXT
  CHECK (totp_secret IS NULL OR length(totp_secret) BETWEEN 16 AND 64);
ALTER TABLE admin_users ADD COLUMN totp_last_step INTEGER;
