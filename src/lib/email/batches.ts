import { randomBytes } from 'node:crypto';
import { statement, type Db } from '../db.ts';
import type { QueuedEmail } from './outbox.ts';
import { BATCH_SIZE } from './transport.ts';

/*
 * Every request the outbox makes, fixed in `email_batches` before it is made. A batch's state says
 * how its members go: `together` in one batch request under the batch's idempotency key; `alone`,
 * each in a request of its own under its own key. A batch the provider refused is split (together
 * → alone): the provider checks a whole batch before taking any of it, so none of it was delivered
 * and each member may go under its own key. Nothing moves back: a member that might have gone
 * under one key is only ever sent again under that key.
 */

/** The next request the outbox should make, its members fixed in the database. */
export type Send =
  | { kind: 'batch'; batchId: number; idempotencyKey: string; messages: QueuedEmail[] }
  | { kind: 'alone'; message: QueuedEmail };

type Row = Omit<QueuedEmail, 'headers'> & { headers: string };

const COLUMNS = `o.id, o.idempotency_key AS idempotencyKey, o.template, o.to_address AS "to",
  o.subject, o.html, o.text, o.headers, o.attempts, o.reply_to AS replyTo`;

const parse = (rows: Row[]): QueuedEmail[] =>
  rows.map((row) => ({ ...row, headers: JSON.parse(row.headers) as Record<string, string> }));

/**
 * A batch already fixed whose members are due again: one the provider asked us to wait for, one
 * that failed on the way and waits its backoff, or one sent just before a crash and never
 * recorded. Its members are the same and in the same order, so the request is the same.
 */
function fixedBatch(db: Db, at: string): Send | undefined {
  const batch = statement(
    db,
    // From the queued emails (few, indexed) to their batches, not from every batch ever made.
    `SELECT b.id, b.idempotency_key AS idempotencyKey
     FROM email_outbox AS o CROSS JOIN email_batches AS b ON b.id = o.batch_id
     WHERE o.state = 'queued' AND b.state = 'together'
     GROUP BY b.id HAVING max(o.next_attempt_at) <= ? ORDER BY b.id LIMIT 1`,
  ).get(at) as { id: number; idempotencyKey: string } | undefined;
  if (!batch) return undefined;
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM email_outbox AS o
     WHERE o.batch_id = ? AND o.state = 'queued' ORDER BY o.id`,
  ).all(batch.id) as Row[];
  return {
    kind: 'batch',
    batchId: batch.id,
    idempotencyKey: batch.idempotencyKey,
    messages: parse(rows),
  };
}

/** A member of an `alone` batch that is due: a single email, or one of a split batch. */
function dueAlone(db: Db, at: string): Send | undefined {
  const [message] = parse(
    statement(
      db,
      `SELECT ${COLUMNS} FROM email_outbox AS o CROSS JOIN email_batches AS b ON b.id = o.batch_id
       WHERE o.state = 'queued' AND o.next_attempt_at <= ? AND b.state = 'alone'
       ORDER BY o.id LIMIT 1`,
    ).all(at) as Row[],
  );
  return message && { kind: 'alone', message };
}

/** Emails due that have never been sent in any request, oldest first. */
export function dueUnsent(db: Db, now: Date, limit = BATCH_SIZE): QueuedEmail[] {
  return parse(
    statement(
      db,
      `SELECT ${COLUMNS} FROM email_outbox AS o
       WHERE o.state = 'queued' AND o.batch_id IS NULL AND o.next_attempt_at <= ?
       ORDER BY o.id LIMIT ?`,
    ).all(now.toISOString(), limit) as Row[],
  );
}

/**
 * Fixes `messages` (never sent before) to one request and commits that before anything is sent:
 * one message goes alone, under its own key, as an email after a quiet spell needs no batch;
 * more go together under a new batch key.
 */
export function fixBatch(db: Db, messages: QueuedEmail[]): Send {
  const together = messages.length > 1;
  const idempotencyKey = together ? `outbox-batch/${randomBytes(9).toString('base64url')}` : null;
  const batchId = db.transaction(() => {
    const id = Number(
      statement(db, 'INSERT INTO email_batches (state, idempotency_key) VALUES (?, ?)').run(
        together ? 'together' : 'alone',
        idempotencyKey,
      ).lastInsertRowid,
    );
    const join = statement(
      db,
      `UPDATE email_outbox SET batch_id = ? WHERE id = ? AND batch_id IS NULL AND state = 'queued'`,
    );
    for (const message of messages) join.run(id, message.id);
    return id;
  })();
  return together
    ? { kind: 'batch', batchId, idempotencyKey: idempotencyKey!, messages }
    : { kind: 'alone', message: messages[0]! };
}

/**
 * The next request already fixed and due, if any: batches first (the oldest emails), then
 * members going alone. New emails are the caller's to fix (it first sets aside any the transport
 * refuses), with dueUnsent and fixBatch.
 */
export function nextFixedSend(db: Db, now: Date): Send | undefined {
  const at = now.toISOString();
  return fixedBatch(db, at) ?? dueAlone(db, at);
}

/**
 * Splits a batch the provider refused as a whole: its members go alone from now on, each under
 * its own key, so that one bad email does not hold back the rest. Costs no attempt: the members
 * were not tried one by one.
 */
export function splitBatch(db: Db, batchId: number, reason: string): void {
  statement(
    db,
    `UPDATE email_batches SET state = 'alone', split_reason = ? WHERE id = ? AND state = 'together'`,
  ).run(reason.slice(0, 500), batchId);
}

/** Whether any email is due and unsent: the outbox is behind, and campaign email gives way. */
export function anyDue(db: Db, now: Date): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM email_outbox WHERE state = 'queued' AND next_attempt_at <= ? LIMIT 1`,
    ).get(now.toISOString()) !== undefined
  );
}
