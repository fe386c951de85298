import type { Db } from '../db.ts';
import { dueEmails, markFailed, markSent, type QueuedEmail } from './outbox.ts';
import type { SendResult, Transport } from './transport.ts';

export interface OutboxWorker {
  /** Sends whatever is due now; resolves when done. The worker calls it on a timer. */
  runOnce(): Promise<number>;
  /** Stops the timer and waits for the message being sent, if any, to finish. */
  stop(): Promise<void>;
}

/** Messages taken, sent and recorded together; the worker keeps taking batches while any are due. */
const OUTBOX_BATCH = 20;

type Outcome = { message: QueuedEmail; result: SendResult };

/** Records a batch's outcomes; returns how many were sent. */
function recordOutcomes(
  db: Db,
  outcomes: Outcome[],
  { transport, now, log }: { transport: Transport; now: () => Date; log: (line: string) => void },
): number {
  // One commit for the batch, not one per message: each commit waits for the disk, and the
  // pledges being taken meanwhile wait behind it. A crash before this commit resends the batch,
  // which the provider's idempotency keys turn into nothing.
  db.transaction(() => {
    for (const { message, result } of outcomes) {
      if (result.ok) {
        markSent(
          db,
          message.id,
          {
            transport: transport.name,
            providerId: result.providerId,
            keepBody: transport.keepsSentBodies === true,
          },
          now(),
        );
      } else markFailed(db, message.id, result.error, result.permanent, now());
    }
  })();
  for (const { message, result } of outcomes) {
    // Ids only: logs never carry an email address.
    if (!result.ok) log(`Email ${message.id} (${message.template}) failed: ${result.error}`);
  }
  return outcomes.filter(({ result }) => result.ok).length;
}

/**
 * Until when the provider asked us to wait, on the real clock (retry-after is real seconds; the
 * worker's `now` decides only what is due), said in the log once a minute at most: a long spike
 * would otherwise log a line a second.
 */
function providerPause(log: (line: string) => void) {
  let waitUntil = 0;
  let lastLog = 0;
  return {
    holds: () => Date.now() < waitUntil,
    wait(ms: number) {
      waitUntil = Date.now() + ms;
      if (Date.now() - lastLog >= 60_000) {
        lastLog = Date.now();
        log(`Email provider is rate limiting: waiting ${ms} ms`);
      }
    },
  };
}

/**
 * Sends the outbox in the server process: every `intervalMs` it takes the due messages and sends
 * them one at a time through the transport, recording each outcome, batch after batch until none
 * are due (a queue of a thousand confirmations is not held to one batch a second), or until a
 * whole batch fails (the provider is down: the rest waits for the next round). When the provider
 * says it has had too many requests, the worker waits as long as it asks, and the message it
 * refused is sent then, without counting as a failed attempt: a spike of pledges must not use up
 * confirmations' attempts and leave them dead. A message the transport refuses (in production,
 * one to a reserved domain, which reaches nobody) is dead at once with the reason, never tried.
 * Everything it needs is in the database, so a
 * restart loses nothing; a crash between sending and recording is covered by the provider's
 * idempotency key.
 */
export function startOutboxWorker(options: {
  db: () => Db;
  transport: Transport;
  intervalMs?: number;
  now?: () => Date;
  log?: (line: string) => void;
}): OutboxWorker {
  const { transport, intervalMs = 1_000, now = () => new Date(), log = console.log } = options;
  let running: Promise<number> | undefined;
  let stopped = false;
  const pause = providerPause(log);
  const record = (db: Db, outcomes: Outcome[]) =>
    recordOutcomes(db, outcomes, { transport, now, log });

  /** Sends the due messages batch by batch until none are left, none get through, or it stops. */
  async function sendDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      if (pause.holds()) return sent;
      const batch = await sendBatch();
      sent += batch.sent;
      // A batch the transport refused outright says nothing about the provider: carry on.
      if (stopped || batch.taken < OUTBOX_BATCH || batch.sent + batch.refused === 0) return sent;
    }
  }

  async function sendBatch(): Promise<{ taken: number; sent: number; refused: number }> {
    const db = options.db();
    const outcomes: Outcome[] = [];
    const due = dueEmails(db, now(), OUTBOX_BATCH);
    let refused = 0;
    for (const message of due) {
      if (stopped) break;
      // Refused before any request (an address nobody can receive mail at): dead at once, saying why.
      const refusal = transport.refuses?.(message.to);
      if (refusal) {
        refused += 1;
        outcomes.push({ message, result: { ok: false, error: refusal, permanent: true } });
        continue;
      }
      const result = await transport.send(message);
      if (!result.ok && result.retryAfterMs !== undefined) {
        // Left queued as it was; the round ends here and the next one starts once allowed.
        pause.wait(result.retryAfterMs);
        return { taken: due.length, sent: record(db, outcomes), refused };
      }
      outcomes.push({ message, result });
    }
    return { taken: due.length, sent: record(db, outcomes), refused };
  }

  const runOnce = () => {
    running ??= sendDue().finally(() => (running = undefined));
    return running;
  };
  const timer = setInterval(() => {
    runOnce().catch((error: Error) => log(`Outbox worker error: ${error.message}`));
  }, intervalMs);
  timer.unref();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
