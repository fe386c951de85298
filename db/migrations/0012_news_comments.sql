-- Comments under news posts. Each waits for a moderator; only approved ones are shown. The email
-- address is for the campaign to reply privately and is never shown.
CREATE TABLE news_comments (
  id INTEGER PRIMARY KEY,
  post_id TEXT NOT NULL CHECK (length(post_id) BETWEEN 1 AND 200),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  email_key TEXT NOT NULL CHECK (length(email_key) BETWEEN 3 AND 254),
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  state TEXT NOT NULL DEFAULT 'waiting'
    CHECK (state IN ('waiting', 'approved', 'rejected', 'spam')),
  created_at TEXT NOT NULL,
  decided_at TEXT,
  decided_by INTEGER REFERENCES admin_users (id)
) STRICT;

CREATE INDEX news_comments_shown ON news_comments (post_id, created_at) WHERE state = 'approved';
CREATE INDEX news_comments_waiting ON news_comments (created_at) WHERE state = 'waiting';
CREATE INDEX news_comments_by_email ON news_comments (email_key);

-- Comments can be paused too: the kill switches' table gains them (SQLite cannot change a CHECK
-- in place, so the table is rebuilt).
CREATE TABLE paused_features_new (
  feature TEXT PRIMARY KEY CHECK (feature IN ('pledges', 'letters', 'comments')),
  notice TEXT NOT NULL CHECK (length(notice) BETWEEN 10 AND 300),
  paused_at TEXT NOT NULL,
  paused_by INTEGER REFERENCES admin_users (id)
) STRICT;
INSERT INTO paused_features_new SELECT feature, notice, paused_at, paused_by FROM paused_features;
DROP TABLE paused_features;
ALTER TABLE paused_features_new RENAME TO paused_features;
