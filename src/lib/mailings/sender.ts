import { statement, type Db } from '../db.ts';
import type { Locale } from '../i18n/locales.ts';
import { personalise, type MailingRecipient, type RenderedMailing } from './personalise.ts';
import { mayEmail } from '../email/suppressions.ts';
import { providerBudget, type ProviderBudget } from '../email/provider-budget.ts';
import type { BatchResult, Transport } from '../email/transport.ts';

interface Work {
  /** The mailing in each language, as fixed when sending started. */
  mailing: Record<Locale, RenderedMailing>;
  batch: number;
  recipients: (MailingRecipient & { id: number; eligible: 0 | 1 })[];
}

/** The next batch to send: the oldest mailing being sent, its lowest batch still queued. */
function nextWork(db: Db): Work | { finished: number } | undefined {
  // A mailing started before Welsh versions existed has no Welsh rendering: the English serves.
  const row = statement(
    db,
    `SELECT id, subject, html, text, coalesce(welsh_subject, subject) AS welshSubject,
            coalesce(welsh_html, html) AS welshHtml, coalesce(welsh_text, text) AS welshText
     FROM mailings WHERE state = 'sending' ORDER BY started_at, id LIMIT 1`,
  ).get() as
    (RenderedMailing & { welshSubject: string; welshHtml: string; welshText: string }) | undefined;
  if (!row) return undefined;
  const { welshSubject, welshHtml, welshText, ...english } = row;
  const mailing = {
    en: english,
    cy: { id: row.id, subject: welshSubject, html: welshHtml, text: welshText },
  };
  const batch = statement(
    db,
    `SELECT min(batch) FROM mailing_recipients WHERE mailing_id = ? AND state = 'queued'`,
  )
    .pluck()
    .get(row.id) as number | null;
  if (batch === null) return { finished: row.id };
  // Whether each person may still be sent to: they may have unsubscribed, asked to be erased, or
  // bounced since the mailing was sent.
  const recipients = statement(
    db,
    `SELECT s.id, s.email, s.first_name AS firstName, s.unsubscribe_key AS unsubscribeKey,
            s.language, (${mayEmail('s')}) AS eligible
     FROM mailing_recipients AS r JOIN supporters AS s ON s.id = r.supporter_id
     WHERE r.mailing_id = ? AND r.batch = ? AND r.state = 'queued' ORDER BY s.id`,
  ).all(row.id, batch) as Work['recipients'];
  return { mailing, batch, recipients };
}

/** What became of some of a batch's recipients. */
type Outcomes = { state: 'sent' | 'skipped' | 'failed'; ids: number[] }[];

function record(db: Db, mailingId: number, outcomes: Outcomes, error: string | null, now: Date) {
  db.transaction(() => {
    const mark = statement(
      db,
      `UPDATE mailing_recipients SET state = ?, sent_at = ?
       WHERE mailing_id = ? AND supporter_id = ? AND state = 'queued'`,
    );
    for (const { state, ids } of outcomes) {
      for (const id of ids)
        mark.run(state, state === 'sent' ? now.toISOString() : null, mailingId, id);
    }
    statement(db, 'UPDATE mailings SET last_error = ? WHERE id = ?').run(error, mailingId);
  })();
}

export interface MailingSender {
  /** Stops after the batch in flight, if any, is sent and recorded. */
  stop(): Promise<void>;
}

/** Marks a mailing sent once no batch of it is left queued. */
function finishMailing(db: Db, mailingId: number, now: Date, log: (line: string) => void) {
  statement(
    db,
    `UPDATE mailings SET state = 'sent', finished_at = ? WHERE id = ? AND state = 'sending'`,
  ).run(now.toISOString(), mailingId);
  log(`Mailing ${mailingId} finished`);
}

/**
 * A batch's recipients sorted: those it is sent to, those skipped (no longer to be emailed), and
 * those the transport refuses (in production, reserved domains, which reach nobody), who fail
 * with the batch they were in without being sent: the same rule as the outbox worker's.
 */
function sortRecipients(work: Work, transport: Transport, log: (line: string) => void) {
  const { mailing, batch, recipients } = work;
  const refusals = recipients
    .filter((r) => r.eligible === 1)
    .flatMap((r) => {
      const why = transport.refuses?.(r.email);
      return why ? [{ id: r.id, why }] : [];
    });
  const refused = refusals.map((r) => r.id);
  if (refusals.length > 0) {
    // Ids and a domain only: logs never carry an email address.
    log(`Mailing ${mailing.en.id} batch ${batch}: ${refusals.length} ${refusals[0]!.why}`);
  }
  return {
    eligible: recipients.filter((r) => r.eligible === 1 && !refused.includes(r.id)),
    skipped: recipients.filter((r) => r.eligible !== 1).map((r) => r.id),
    refused,
  };
}

/**
 * What each recipient of a batch became after the provider's answer. A batch the provider was
 * too busy or down to take stays queued (but for the refused), to go again.
 */
function outcomesOf(
  result: BatchResult,
  { sent, skipped, refused }: { sent: number[]; skipped: number[]; refused: number[] },
): Outcomes {
  if (result.ok) {
    return [
      { state: 'sent', ids: sent },
      { state: 'skipped', ids: skipped },
      { state: 'failed', ids: refused },
    ];
  }
  if (result.permanent) {
    return [
      { state: 'failed', ids: [...sent, ...refused] },
      { state: 'skipped', ids: skipped },
    ];
  }
  return [{ state: 'failed', ids: refused }];
}

interface SenderOptions {
  db: () => Db;
  transport: Transport;
  siteUrl: string;
  emailsPerSecond: number;
  /** How often to look for a mailing to send when there is none. */
  idleMs?: number;
  /** The provider's request budget, shared with the outbox, which goes first. */
  budget?: ProviderBudget;
  now?: () => Date;
  log?: (line: string) => void;
}

/**
 * Sends mobilisation emails in the server process, one batch per request, paced so that the
 * emails leave at `emailsPerSecond` on average: each batch's send time is booked `size / rate`
 * seconds after the last one's. Pausing a mailing takes effect before its next batch. Everything
 * it needs is in the database, so a restart carries on from the first batch not recorded as sent;
 * a batch sent but not recorded before a crash goes again under the same idempotency key, which
 * the provider answers without delivering it twice. Transactional email is not held up: it has
 * its own worker, and the two share the provider's request rate with the outbox going first.
 */
export function startMailingSender(options: SenderOptions): MailingSender {
  const { transport, siteUrl, emailsPerSecond, idleMs = 250, log = console.log } = options;
  const now = options.now ?? (() => new Date());
  const budget = options.budget ?? providerBudget();
  let stopped = false;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  let nextSlot = 0;
  let failures = 0;

  /** Sends the next batch due, or finishes a mailing; false when there was nothing to do. */
  async function sendOne(db: Db): Promise<boolean> {
    const work = nextWork(db);
    if (!work) return false;
    if ('finished' in work) {
      finishMailing(db, work.finished, now(), log);
      return true;
    }
    const { batch } = work;
    const mailing = work.mailing.en;
    const { eligible, skipped, refused } = sortRecipients(work, transport, log);
    if (eligible.length === 0) {
      const outcomes: Outcomes = [
        { state: 'skipped', ids: skipped },
        { state: 'failed', ids: refused },
      ];
      record(db, mailing.id, outcomes, null, now());
      return true;
    }
    // Each in the language they chose; the batch is still the same people under the same key.
    const messages = eligible.map((recipient) =>
      personalise(work.mailing[recipient.language], recipient, siteUrl),
    );
    const wait = nextSlot - Date.now();
    if (wait > 0) await sleep(wait);
    // Transactional email first: while the outbox has emails due, or the provider asked everyone
    // to wait, the batch waits (provider-budget.ts).
    while (!stopped && !budget.campaignMayGo()) await sleep(idleMs);
    const requestWait = budget.untilNextRequest();
    if (requestWait > 0) await sleep(requestWait);
    if (stopped) return false;
    budget.spend();
    nextSlot = Math.max(nextSlot, Date.now()) + (eligible.length * 1000) / emailsPerSecond;
    const result = await transport.sendBatch(messages, `mailing/${mailing.id}/batch/${batch}`);
    if (!result.ok && result.retryAfterMs !== undefined) budget.holdFor(result.retryAfterMs);
    const sent = eligible.map((r) => r.id);
    const error = result.ok ? null : result.error;
    record(db, mailing.id, outcomesOf(result, { sent, skipped, refused }), error, now());
    if (result.ok || result.permanent) failures = 0;
    if (result.ok) return true;
    if (result.permanent) {
      log(`Mailing ${mailing.id} batch ${batch} refused: ${result.error}`);
    } else {
      // The provider is down or busy: the same batch again after a wait that grows to a minute.
      failures += 1;
      log(`Mailing ${mailing.id} batch ${batch} failed, will retry: ${result.error}`);
      await sleep(Math.min(1_000 * 2 ** (failures - 1), 60_000));
    }
    return true;
  }

  const running = (async () => {
    while (!stopped) {
      try {
        if (!(await sendOne(options.db()))) await sleep(idleMs);
      } catch (error) {
        log(`Mailing sender error: ${(error as Error).message}`);
        await sleep(idleMs);
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
