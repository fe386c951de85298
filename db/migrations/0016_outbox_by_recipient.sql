-- Emails sent to an address someone typed into a form (a signing request, a letter's
-- confirmation, a link to manage a gift) are limited per recipient per day, so the site cannot be
-- used to flood a stranger's inbox; this index answers "how many went to this address lately".
CREATE INDEX email_outbox_by_recipient ON email_outbox (to_address COLLATE NOCASE, template, created_at);
