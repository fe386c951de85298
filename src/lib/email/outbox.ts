import { statement, type Db } from '../db.ts';

/** A rendered email, ready to queue. */
export interface EmailMessage {
  /** Which template made it; kept for the operator, never shown to anyone. */
  template: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, such as List-Unsubscribe for campaign emails. */
  headers?: Record<string, string>;
  /** Where replies go, when not to the campaign (a letter's writer). */
  replyTo?: string;
}

export const OUTBOX_STATES = ['queued', 'sent', 'dead'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * Queues an email. Call it inside the transaction that makes the change the email is about: the
 * change and the email are then saved together or not at all. `idempotencyKey` names the message
 * for good (e.g. `confirm:42:1`); queueing the same key twice keeps the first.
 */
export function enqueueEmail(
  db: Db,
  idempotencyKey: string,
  message: EmailMessage,
  /** Not to be sent before this time (a follow-up, a letter held for tomorrow's cap). */
  notBefore?: Date,
): void {
  statement(
    db,
    `INSERT INTO email_outbox (idempotency_key, template, to_address, subject, html, text, headers,
                               reply_to, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
     ON CONFLICT (idempotency_key) DO NOTHING`,
  ).run(
    idempotencyKey,
    message.template,
    message.to,
    message.subject,
    message.html,
    message.text,
    JSON.stringify(message.headers ?? {}),
    message.replyTo ?? null,
    notBefore?.toISOString() ?? null,
  );
}

/**
 * Deletes emails, sent or not, by the idempotency keys they were queued under: whole keys, or
 * `prefix*` for every key that starts with the prefix (one email per councillor, one per link
 * sent). Retention rules and erasure delete the emails a record caused along with the record:
 * they carried the same personal data (an address, a Reply-To, a name or a letter's subject).
 * By key, not by a column naming the record: each key already names it (`letter-copy:12`), every
 * email's keys are built in one place (keys.ts) for both ends,
 * and neither enqueueEmail's callers nor the rows already queued change. Returns how many went.
 */
export function deleteEmails(db: Db, keys: readonly string[]): number {
  let deleted = 0;
  for (const key of keys) {
    deleted += key.endsWith('*')
      ? statement(
          db,
          `DELETE FROM email_outbox
           WHERE idempotency_key >= @prefix AND idempotency_key < @prefix || char(1114111)`,
        ).run({ prefix: key.slice(0, -1) }).changes
      : statement(db, 'DELETE FROM email_outbox WHERE idempotency_key = ?').run(key).changes;
  }
  return deleted;
}

/**
 * Deletes the emails made by `template` queued before `before`, sent or not: for emails about
 * nothing but a link, once every link they could carry has expired. Returns how many went.
 */
export function deleteEmailsQueuedBefore(db: Db, template: string, before: Date): number {
  return statement(db, 'DELETE FROM email_outbox WHERE template = ? AND created_at < ?').run(
    template,
    before.toISOString(),
  ).changes;
}

/**
 * How many emails made by `template` were queued for `to` (in any letter case) since `since`: for
 * the per-recipient limits on emails sent to an address someone typed, which nobody has yet
 * shown they own.
 */
export function emailsTo(db: Db, to: string, template: string, since: Date): number {
  return statement(
    db,
    `SELECT count(*) FROM email_outbox
     WHERE to_address = ? COLLATE NOCASE AND template = ? AND created_at > ?`,
  )
    .pluck()
    .get(to, template, since.toISOString()) as number;
}

/** Emails one address may be sent in a day, of the kinds that go to addresses nobody has proved. */
export const UNPROVEN_EMAILS_PER_DAY = 3;

/**
 * Whether another email of these kinds may go to `to`, an address someone typed into a form
 * which nobody has yet shown they own (a confirmation link, a signing request, a link to manage a
 * gift): at most UNPROVEN_EMAILS_PER_DAY in 24 hours, so the site cannot be used to fill a
 * stranger's inbox. Kinds that answer the same form share one count, so that which of them
 * arrived never tells a third person anything. Such emails carry none of the requester's words
 * either (no name, no subject): only ours and a link. Counted on the real clock, as the outbox
 * dates its rows.
 */
export function withinRecipientLimit(db: Db, to: string, templates: readonly string[]): boolean {
  const since = new Date(Date.now() - 86_400_000);
  const sent = templates.reduce((total, template) => total + emailsTo(db, to, template, since), 0);
  return sent < UNPROVEN_EMAILS_PER_DAY;
}

export interface QueuedEmail extends Omit<EmailMessage, 'headers'> {
  id: number;
  idempotencyKey: string;
  headers: Record<string, string>;
  attempts: number;
}

/**
 * What an email's row loses once the email has gone (sent, or given up as dead): its HTML, text
 * and headers, which hold its links (a pledge's confirmation, a private self-assessment, a
 * one-click unsubscribe key). Token tables keep only hashes so that a copy of the database or a
 * backup opens nothing; a sent email's body would undo that. What support needs stays: template,
 * recipient, subject, state, times and the provider's id. A queued email keeps its body until
 * then, since a resend after a crash must be the same message under the same idempotency key.
 */
const FORGET_BODY = `html = '', text = '', headers = '{}'`;

/** Records a message as sent, forgetting its body in the same write unless told to keep it. */
export function markSent(
  db: Db,
  id: number,
  sent: {
    transport: string;
    providerId: string | null;
    /** Only for the development transport, whose outbox row is the developer's copy. */
    keepBody: boolean;
  },
  now: Date,
) {
  statement(
    db,
    `UPDATE email_outbox SET state = 'sent', attempts = attempts + 1, sent_at = ?, transport = ?,
       provider_id = ?, last_error = NULL${sent.keepBody ? '' : `, ${FORGET_BODY}`}
     WHERE id = ? AND state = 'queued'`,
  ).run(now.toISOString(), sent.transport, sent.providerId, id);
}

/** How many attempts a message gets before it is given up as dead. */
export const MAX_ATTEMPTS = 8;

/**
 * Waits between attempts: 30 s, 1 min, 2 min, … doubling to at most an hour, so a provider
 * outage of an hour or two is ridden out and a dead message has had about four hours of tries.
 */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 60 * 60_000);
}

/**
 * Records a failed attempt. A permanent failure (the provider refused the message itself) or the
 * last allowed attempt makes the message dead, and forgets its body; otherwise it waits and
 * tries again.
 */
export function markFailed(db: Db, id: number, error: string, permanent: boolean, now: Date) {
  const { attempts } = statement(db, 'SELECT attempts FROM email_outbox WHERE id = ?').get(id) as {
    attempts: number;
  };
  const tried = attempts + 1;
  const dead = permanent || tried >= MAX_ATTEMPTS;
  statement(
    db,
    `UPDATE email_outbox SET attempts = ?, last_error = ?, state = ?,
       next_attempt_at = ?${dead ? `, ${FORGET_BODY}` : ''}
     WHERE id = ? AND state = 'queued'`,
  ).run(
    tried,
    error.slice(0, 500),
    dead ? 'dead' : 'queued',
    new Date(now.getTime() + backoffMs(tried)).toISOString(),
    id,
  );
}

export interface OutboxLag {
  /** Messages due now and not yet sent. */
  queued: number;
  /** How long the longest-waiting of them has been due, in seconds. */
  oldestSeconds: number;
  /** Messages set for later on purpose (follow-ups, letters held for a day with room). */
  scheduled: number;
  /** Messages given up after their last attempt. */
  dead: number;
}

/**
 * How far behind the outbox is, for /healthz and alerts. Only messages that are due count as
 * lag: a follow-up set for a fortnight ahead is not late.
 */
export function outboxLag(db: Db, now: Date): OutboxLag {
  const at = now.toISOString();
  const row = statement(
    db,
    `SELECT count(*) FILTER (WHERE state = 'queued' AND next_attempt_at <= ?) AS queued,
            min(next_attempt_at) FILTER (WHERE state = 'queued' AND next_attempt_at <= ?) AS oldest,
            count(*) FILTER (WHERE state = 'queued' AND next_attempt_at > ?) AS scheduled,
            count(*) FILTER (WHERE state = 'dead') AS dead
     FROM email_outbox`,
  ).get(at, at, at) as { queued: number; oldest: string | null; scheduled: number; dead: number };
  const oldestSeconds = row.oldest
    ? Math.max(0, Math.round((now.getTime() - Date.parse(row.oldest)) / 1000))
    : 0;
  return { queued: row.queued, oldestSeconds, scheduled: row.scheduled, dead: row.dead };
}

/** The newest messages, for the development outbox page. */
export function recentEmails(db: Db, limit: number) {
  return statement(
    db,
    `SELECT id, template, to_address AS "to", subject, text, state, created_at AS createdAt
     FROM email_outbox ORDER BY id DESC LIMIT ?`,
  ).all(limit) as {
    id: number;
    template: string;
    to: string;
    subject: string;
    text: string;
    state: OutboxState;
    createdAt: string;
  }[];
}
