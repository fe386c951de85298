import { afterEach, describe, expect, it } from 'vitest';
import { startFakeResend, type FakeResend } from '../../../tests/fakes/resend.ts';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { enqueueEmail } from './outbox.ts';
import { providerBudget } from './provider-budget.ts';
import { resendTransport, type Transport } from './transport.ts';
import { startOutboxWorker } from './worker.ts';
import { message } from './testing.ts';

describe('the outbox in batches, against a local fake of Resend', () => {
  let fake: FakeResend | undefined;
  afterEach(() => fake?.stop());

  const transport = (url: string) =>
    resendTransport({ apiKey: 'test', baseUrl: url, from: 'c@example.org' });
  const queue = (db: Db, names: string[]) =>
    names.forEach((name) => enqueueEmail(db, `key-${name}`, { ...message, to: `${name}@x.org` }));
  const worker = (db: Db, through: Transport, more: object = {}) =>
    startOutboxWorker({ db: () => db, transport: through, intervalMs: 60_000, ...more });
  const rows = (db: Db) =>
    db
      .prepare(
        `SELECT to_address AS "to", state, attempts, batch_id AS batch FROM email_outbox ORDER BY id`,
      )
      .all() as { to: string; state: string; attempts: number; batch: number | null }[];
  const copiesTo = (to: string) => fake!.deliveries.filter((d) => d.to[0] === to).length;

  it('fixes a batch before sending it, and after a crash sends the same one under its key', async () => {
    fake = await startFakeResend();
    const db = openSeededDatabase();
    queue(db, ['a', 'b', 'c', 'd', 'e']);
    // The provider takes the batch, and the server dies before it hears the answer.
    const dies: Transport = {
      ...transport(fake.url),
      sendBatch: async (messages, key) => {
        await transport(fake!.url).sendBatch(messages, key);
        return new Promise(() => undefined);
      },
    };
    void worker(db, dies).runOnce();
    await expect.poll(() => fake!.deliveries.length).toBe(5);
    expect(rows(db).map((row) => [row.state, row.batch])).toEqual(Array(5).fill(['queued', 1]));
    // Restarted, with two more queued meanwhile: they go in a batch of their own.
    queue(db, ['f', 'g']);
    const restarted = worker(db, transport(fake.url), { log: () => undefined });
    expect(await restarted.runOnce()).toBe(7);
    await restarted.stop();
    expect(fake.repeats).toBe(1);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => copiesTo(`${n}@x.org`))).toEqual(
      Array(7).fill(1),
    );
    expect(rows(db).map((row) => [row.state, row.batch])).toEqual([
      ...Array(5).fill(['sent', 1]),
      ...Array(2).fill(['sent', 2]),
    ]);
  });

  it('splits a batch the provider refuses for one bad email, and sends each of it alone', async () => {
    fake = await startFakeResend();
    const db = openSeededDatabase();
    queue(db, ['a', 'b']);
    enqueueEmail(db, 'key-bad', { ...message, to: 'not-an-address' });
    queue(db, ['c']);
    const lines: string[] = [];
    const outbox = worker(db, transport(fake.url), { log: (line: string) => lines.push(line) });
    expect(await outbox.runOnce()).toBe(3);
    await outbox.stop();
    // One batch request refused whole (422, strict validation), then four alone.
    expect(fake.requests).toBe(5);
    expect(fake.deliveries.map((d) => [d.to[0], d.idempotencyKey])).toEqual([
      ['a@x.org', 'key-a'],
      ['b@x.org', 'key-b'],
      ['c@x.org', 'key-c'],
    ]);
    // The split cost nobody an attempt; the bad one is dead at its first, saying why.
    expect(rows(db).map(({ state, attempts }) => [state, attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
      ['dead', 1],
      ['sent', 1],
    ]);
    expect(db.prepare('SELECT state, split_reason FROM email_batches').get()).toEqual({
      state: 'alone',
      split_reason: expect.stringContaining('status 422'),
    });
    expect(lines[0]).toMatch(/^Email batch 1 \(4\) refused, sending each alone: status 422/);
    expect(lines.join('\n')).not.toContain('@');
  });

  it('sends one email due after a quiet spell alone, on its own timer', async () => {
    fake = await startFakeResend();
    const db = openSeededDatabase();
    const outbox = startOutboxWorker({ db: () => db, transport: transport(fake.url) });
    queue(db, ['a']);
    await expect.poll(() => fake!.deliveries.length, { timeout: 2_000, interval: 20 }).toBe(1);
    await outbox.stop();
    expect(fake.deliveries[0]!.idempotencyKey).toBe('key-a');
    expect(rows(db)).toEqual([{ to: 'a@x.org', state: 'sent', attempts: 1, batch: 1 }]);
    expect(db.prepare('SELECT state, idempotency_key FROM email_batches').get()).toEqual({
      state: 'alone',
      idempotency_key: null,
    });
  });

  it('leaves a batch the provider is too busy for as it was, spending no attempt', async () => {
    fake = await startFakeResend({ requestsPerSecond: 1 });
    const db = openSeededDatabase();
    // Another request has used this second's allowance (a campaign batch, say).
    await transport(fake.url).send({
      ...message,
      id: 0,
      idempotencyKey: 'x',
      headers: {},
      attempts: 0,
    });
    queue(db, ['a', 'b', 'c']);
    const budget = providerBudget();
    const outbox = worker(db, transport(fake.url), { budget, log: () => undefined });
    expect(await outbox.runOnce()).toBe(0);
    expect(rows(db).map(({ state, attempts, batch }) => [state, attempts, batch])).toEqual(
      Array(3).fill(['queued', 0, 1]),
    );
    // Confirmations are waiting: a campaign batch gives way to them.
    expect(budget.campaignMayGo()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    expect(await outbox.runOnce()).toBe(3);
    await outbox.stop();
    expect(rows(db).map(({ state, attempts }) => [state, attempts])).toEqual(
      Array(3).fill(['sent', 1]),
    );
    expect(new Set(fake.deliveries.slice(1).map((d) => d.idempotencyKey)).size).toBe(1);
    expect(budget.campaignMayGo()).toBe(true);
  });

  it("spaces its requests under the team's limit, so a spike is never refused for its rate", async () => {
    fake = await startFakeResend({ requestsPerSecond: 5 });
    const db = openSeededDatabase();
    queue(
      db,
      Array.from({ length: 650 }, (_, n) => `p${n}`),
    );
    const outbox = worker(db, transport(fake.url), { budget: providerBudget(5) });
    expect(await outbox.runOnce()).toBe(650);
    await outbox.stop();
    // Seven requests of up to 100, none answered 429: each refused one would cost a second.
    expect(fake.requests).toBe(7);
    expect(new Set(fake.deliveries.map((d) => d.to[0])).size).toBe(650);
  });

  it('keeps a batch that failed on the way together, and sends it again after its backoff', async () => {
    fake = await startFakeResend({ failFirst: 1 });
    const db = openSeededDatabase();
    queue(db, ['a', 'b']);
    let time = Date.now();
    const outbox = worker(db, transport(fake.url), { now: () => new Date(time), log: () => {} });
    expect(await outbox.runOnce()).toBe(0);
    expect(rows(db).map(({ state, attempts }) => [state, attempts])).toEqual([
      ['queued', 1],
      ['queued', 1],
    ]);
    queue(db, ['c']);
    time += 60_000;
    expect(await outbox.runOnce()).toBe(3);
    await outbox.stop();
    const keys = fake.deliveries.map((d) => d.idempotencyKey);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe('key-c');
  });
});
