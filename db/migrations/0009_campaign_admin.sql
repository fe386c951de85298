-- The campaign team's area: what each account did, and the indexes the dashboard reads by.

-- Every action a campaign account takes that changes something or takes data away (an approval,
-- an export), with who and when. Kept as history: never changed, never deleted.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  user_id INTEGER REFERENCES admin_users (id),
  action TEXT NOT NULL CHECK (action <> ''),
  -- What it was done to, as JSON: ids and counts, never a supporter's personal details.
  detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TRIGGER audit_log_is_history_update
BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is history and cannot be changed');
END;

CREATE TRIGGER audit_log_is_history_delete
BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is history and cannot be deleted');
END;

-- Sign-ups, confirmations and unsubscribes per day, for the dashboard's chart.
CREATE INDEX supporters_by_created ON supporters (created_at);
CREATE INDEX supporters_by_confirmed ON supporters (confirmed_at) WHERE confirmed_at IS NOT NULL;
CREATE INDEX consent_withdrawals ON consent_records (withdrawn_at)
  WHERE purpose = 'campaign_emails' AND withdrawn_at IS NOT NULL;
