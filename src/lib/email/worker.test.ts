import { afterEach, describe, expect, it } from 'vitest';
import { startFakeResend, type FakeResend } from '../../../tests/fakes/resend.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { enqueueEmail, MAX_ATTEMPTS, outboxLag } from './outbox.ts';
import { readEnv } from '../env.ts';
import { resendTransport, transportFromEnv } from './transport.ts';
import { startOutboxWorker } from './worker.ts';
import { message } from './testing.ts';

describe('the outbox worker, against a local fake of Resend', () => {
  let fake: FakeResend | undefined;
  afterEach(() => fake?.stop());

  /** Runs the worker with a clock that jumps past every backoff between rounds. */
  async function sendRounds(fakeResend: FakeResend, rounds: number) {
    const db = openSeededDatabase();
    enqueueEmail(db, 'k-1', message);
    let time = Date.now();
    const worker = startOutboxWorker({
      db: () => db,
      transport: resendTransport({
        apiKey: 'test',
        baseUrl: fakeResend.url,
        from: 'c@example.org',
      }),
      intervalMs: 60_000,
      now: () => new Date(time),
      log: () => {},
    });
    for (let round = 0; round < rounds; round += 1) {
      await worker.runOnce();
      time += 2 * 60 * 60_000;
    }
    await worker.stop();
    return db;
  }

  it('retries a provider that fails three times, and delivers once', async () => {
    fake = await startFakeResend({ failFirst: 3 });
    const db = await sendRounds(fake, 6);
    expect(fake.deliveries).toHaveLength(1);
    expect(fake.deliveries[0]).toMatchObject({ to: ['jo@example.org'], idempotencyKey: 'k-1' });
    expect(db.prepare('SELECT state, attempts, provider_id FROM email_outbox').get()).toEqual({
      state: 'sent',
      attempts: 4,
      provider_id: 'fake-1',
    });
  });

  it('sends a queue of many in one round, not one batch a second', async () => {
    fake = await startFakeResend();
    const db = openSeededDatabase();
    for (let n = 0; n < 75; n += 1) enqueueEmail(db, `many-${n}`, message);
    const worker = startOutboxWorker({
      db: () => db,
      transport: resendTransport({ apiKey: 'test', baseUrl: fake.url, from: 'c@example.org' }),
      intervalMs: 60_000,
      log: () => {},
    });
    expect(await worker.runOnce()).toBe(75);
    await worker.stop();
    expect(fake.deliveries).toHaveLength(75);
  });

  it('reports as lag only what is due, not what is set for later', () => {
    const db = openSeededDatabase();
    const now = new Date('2026-11-25T10:00:00Z');
    enqueueEmail(db, 'late', message, new Date('2026-11-25T09:58:00Z'));
    enqueueEmail(db, 'follow-up', message, new Date('2026-12-09T10:00:00Z'));
    expect(outboxLag(db, now)).toEqual({ queued: 1, oldestSeconds: 120, scheduled: 1, dead: 0 });
  });

  it('gives up on a provider that always fails, recording why', async () => {
    fake = await startFakeResend({ alwaysFail: true });
    const db = await sendRounds(fake, MAX_ATTEMPTS + 2);
    expect(fake.deliveries).toHaveLength(0);
    expect(fake.requests).toBe(MAX_ATTEMPTS);
    expect(db.prepare('SELECT state, attempts, last_error FROM email_outbox').get()).toEqual({
      state: 'dead',
      attempts: MAX_ATTEMPTS,
      last_error: 'status 500: {"message":"Internal server error"}',
    });
    expect(outboxLag(db, new Date()).dead).toBe(1);
  });

  it('sends a message once even when it is retried after the provider took it', async () => {
    fake = await startFakeResend();
    const transport = resendTransport({ apiKey: 'test', baseUrl: fake.url, from: 'c@example.org' });
    const queued = { ...message, id: 1, idempotencyKey: 'k-2', headers: {}, attempts: 0 };
    await transport.send(queued);
    await transport.send(queued);
    expect(fake.deliveries).toHaveLength(1);
  });

  it('waits when the provider limits requests, and spends no attempt on a refused one', async () => {
    // Resend limits requests a second (per team, raised on request); a spike of pledges meets it.
    fake = await startFakeResend({ requestsPerSecond: 1 });
    const db = openSeededDatabase();
    enqueueEmail(db, 'first', message);
    const lines: string[] = [];
    const worker = startOutboxWorker({
      db: () => db,
      transport: resendTransport({ apiKey: 'test', baseUrl: fake.url, from: 'c@example.org' }),
      intervalMs: 100,
      log: (line) => lines.push(line),
    });
    // The first goes alone; a spike of twelve right after it meets the limit, as one batch.
    await expect.poll(() => fake!.deliveries.length, { timeout: 5_000, interval: 20 }).toBe(1);
    for (let n = 0; n < 12; n += 1) enqueueEmail(db, `spike-${n}`, message);
    const states = () =>
      db.prepare('SELECT state, attempts, count(*) AS n FROM email_outbox GROUP BY 1, 2').all();
    await expect
      .poll(states, { timeout: 10_000, interval: 100 })
      .toEqual([{ state: 'sent', attempts: 1, n: 13 }]);
    await worker.stop();
    expect(fake.deliveries).toHaveLength(13);
    // The refused batch went again as it was: the same twelve under one key.
    expect(new Set(fake.deliveries.map((d) => d.idempotencyKey)).size).toBe(2);
    expect(fake.requests).toBeGreaterThanOrEqual(3);
    expect(lines.filter((line) => line.includes('rate limiting: waiting 1000 ms'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('@');
  });

  it('treats a refused message as permanent, and an outage as passing', async () => {
    fake = await startFakeResend({ apiKey: 'right' });
    const refused = await resendTransport({ apiKey: 'wrong', baseUrl: fake.url, from: 'x' }).send({
      ...message,
      id: 1,
      idempotencyKey: 'k-3',
      headers: {},
      attempts: 0,
    });
    expect(refused).toMatchObject({ ok: false, permanent: true });
    const down = await resendTransport({
      apiKey: 'x',
      baseUrl: 'http://127.0.0.1:9',
      from: 'x',
    }).send({
      ...message,
      id: 1,
      idempotencyKey: 'k-4',
      headers: {},
      attempts: 0,
    });
    expect(down).toMatchObject({ ok: false, permanent: false });
  });

  it('waits an hour on a used-up quota, as Resend gives no retry-after for it', async () => {
    fake = await startFakeResend({ quotaUsedUp: true });
    const result = await resendTransport({ apiKey: 'x', baseUrl: fake.url, from: 'x' }).send({
      ...message,
      id: 1,
      idempotencyKey: 'k-5',
      headers: {},
      attempts: 0,
    });
    expect(result).toMatchObject({ ok: false, permanent: false, retryAfterMs: 60 * 60_000 });
  });
});

describe('choosing a transport', () => {
  it('never pretends to send in production without a key', () => {
    expect(transportFromEnv(readEnv({}))?.name).toBe('dev');
    expect(transportFromEnv(readEnv({ NODE_ENV: 'production' }))).toBeUndefined();
    expect(
      transportFromEnv(readEnv({ RESEND_API_KEY: 're_x', NODE_ENV: 'production' }))?.name,
    ).toBe('resend');
  });
});
