import type { Db } from '../db.ts';
import { anyDue, dueUnsent, fixBatch, nextFixedSend, splitBatch, type Send } from './batches.ts';
import { markFailed, markSent, type QueuedEmail } from './outbox.ts';
import { providerBudget, type ProviderBudget } from './provider-budget.ts';
import { BATCH_SIZE, type SendResult, type Transport } from './transport.ts';

export interface OutboxWorker {
  /** Sends whatever is due now; resolves when done. The worker calls it on a timer. */
  runOnce(): Promise<number>;
  /** Stops the timer and waits for the request in flight, if any, to be answered and recorded. */
  stop(): Promise<void>;
}

type Outcome = { message: QueuedEmail; result: SendResult };

/**
 * A provider's error as the log may show it: logs never carry an email address, and an error
 * about an invalid recipient may quote one.
 */
const loggable = (error: string) => error.replace(/[^\s<>"'`@]+@[^\s<>"'`@]+/g, '[address]');

interface Context {
  transport: Transport;
  now: () => Date;
  log: (line: string) => void;
}

/** Records the outcomes of one request; returns how many were sent. */
function recordOutcomes(db: Db, outcomes: Outcome[], { transport, now, log }: Context): number {
  // One commit for the request, not one per message: each commit waits for the disk, and the
  // pledges being taken meanwhile wait behind it. A crash before this commit resends the same
  // request, which the provider's idempotency key turns into nothing.
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
    if (!result.ok) {
      log(`Email ${message.id} (${message.template}) failed: ${loggable(result.error)}`);
    }
  }
  return outcomes.filter(({ result }) => result.ok).length;
}

/** What one request came to: how many it sent, and whether the round should end there. */
interface RequestOutcome {
  sent: number;
  /** The provider is busy (429) or down: the rest waits for a later round. */
  endRound: boolean;
  /** The provider refused a batch: its members are to go alone, at once. */
  split?: true;
}

/**
 * Makes one request, already fixed in the database, and records what came of it. A batch the
 * provider refused as a whole (Resend checks a batch before taking any of it, and answers 422 for
 * one bad email in it) is split: its members go alone, each under its own key, so one bad email
 * is found and the rest delivered. A batch that failed on the way (a 5xx, the network) stays
 * together and waits its backoff, each member spending an attempt: it may have been delivered,
 * and only the same request under the same key is safe to send again.
 */
async function makeRequest(
  db: Db,
  send: Send,
  context: Context & { hold: (ms: number) => void },
): Promise<RequestOutcome> {
  const { transport, log, hold } = context;
  if (send.kind === 'alone') {
    const result = await transport.send(send.message);
    if (!result.ok && result.retryAfterMs !== undefined) {
      hold(result.retryAfterMs);
      return { sent: 0, endRound: true };
    }
    const sent = recordOutcomes(db, [{ message: send.message, result }], context);
    return { sent, endRound: !result.ok && !result.permanent };
  }
  const { messages, idempotencyKey, batchId } = send;
  const result = await transport.sendBatch(messages, idempotencyKey);
  if (result.ok) {
    const outcomes = messages.map((message, i) => ({
      message,
      result: { ok: true, providerId: result.providerIds[i] ?? null } as const,
    }));
    return { sent: recordOutcomes(db, outcomes, context), endRound: false };
  }
  if (result.retryAfterMs !== undefined) {
    // Left as it is, members and key: the same request goes once the provider allows.
    hold(result.retryAfterMs);
    return { sent: 0, endRound: true };
  }
  if (result.permanent) {
    splitBatch(db, batchId, result.error);
    const why = loggable(result.error);
    log(`Email batch ${batchId} (${messages.length}) refused, sending each alone: ${why}`);
    return { sent: 0, endRound: false, split: true };
  }
  recordOutcomes(
    db,
    messages.map((message) => ({ message, result })),
    context,
  );
  return { sent: 0, endRound: true };
}

/**
 * Takes up to a batch of due emails never sent, sets aside those the transport refuses (in
 * production, reserved domains, which reach nobody: dead at once, saying why, never tried), and
 * fixes the rest to a request. `taken` is how many were due, refused ones included.
 */
function takeNew(db: Db, context: Context): { send?: Send; taken: number } {
  const due = dueUnsent(db, context.now());
  const refused: Outcome[] = [];
  const fine = due.filter((message) => {
    const refusal = context.transport.refuses?.(message.to);
    if (refusal) refused.push({ message, result: { ok: false, error: refusal, permanent: true } });
    return !refusal;
  });
  if (refused.length > 0) recordOutcomes(db, refused, context);
  return { send: fine.length > 0 ? fixBatch(db, fine) : undefined, taken: due.length };
}

/**
 * Sends the outbox in the server process. Every `intervalMs` (250 ms: an email due after a quiet
 * spell goes within a quarter of a second, alone, waiting for no batch to fill) it sends what is
 * due: one email alone through the provider's single-email endpoint, more together through its
 * batch endpoint, up to BATCH_SIZE a request, batch after batch while full ones are due (a queue
 * of a thousand confirmations is ten requests, not a thousand). Each request's emails are fixed
 * in the database before it is made (batches.ts), so a crash between sending and recording sends
 * the same request again under the same key, and the provider delivers each email once.
 *
 * When the provider says it has had too many requests, the worker waits as long as it asks, and
 * the refused request goes then, unchanged, without counting as a failed attempt: a spike of
 * pledges must not use up confirmations' attempts and leave them dead. The wait is shared with
 * the mailing sender (provider-budget.ts), which gives way while the outbox has emails due.
 * Everything it needs is in the database, so a restart loses nothing.
 */
export function startOutboxWorker(options: {
  db: () => Db;
  transport: Transport;
  intervalMs?: number;
  now?: () => Date;
  log?: (line: string) => void;
  /** The provider's request budget, shared with the mailing sender in the server. */
  budget?: ProviderBudget;
}): OutboxWorker {
  const { transport, intervalMs = 250, now = () => new Date(), log = console.log } = options;
  const budget = options.budget ?? providerBudget();
  let running: Promise<number> | undefined;
  let stopped = false;
  let lastHoldLog = 0;
  const context = {
    transport,
    now,
    log,
    hold(ms: number) {
      budget.holdFor(ms);
      // Once a minute at most: a long spike would otherwise log a line a second.
      if (Date.now() - lastHoldLog >= 60_000) {
        lastHoldLog = Date.now();
        log(`Email provider is rate limiting: waiting ${ms} ms`);
      }
    },
  };

  /** Sends what is due, request by request, until none is, the provider says stop, or it stops. */
  async function sendDue(): Promise<number> {
    let sent = 0;
    while (!stopped && !budget.held()) {
      // Waited for before the batch is made up, so that it takes whatever arrives meanwhile.
      const wait = budget.untilNextRequest();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (stopped) break;
      const db = options.db();
      const fixed = nextFixedSend(db, now());
      const fresh = fixed ? undefined : takeNew(db, context);
      const send = fixed ?? fresh?.send;
      if (!send) {
        if (fresh && fresh.taken === BATCH_SIZE) continue; // a full batch, all refused
        break;
      }
      budget.spend();
      const outcome = await makeRequest(db, send, context);
      sent += outcome.sent;
      // A batch less than full took everything due: what is queued meanwhile waits for the next
      // round, rather than going in a trickle of small requests that spend the provider's rate.
      if (outcome.endRound || (fresh && fresh.taken < BATCH_SIZE && !outcome.split)) break;
    }
    budget.setTransactionalWaiting(anyDue(options.db(), now()));
    return sent;
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
