import { afterEach, describe, expect, it } from 'vitest';
import { startFakeResend, type FakeResend } from '../../../tests/fakes/resend.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { enqueueEmail } from './outbox.ts';
import { readEnv } from '../env.ts';
import { transportFromEnv } from './transport.ts';
import { message, runOutboxOnce } from './testing.ts';

describe('an email to a reserved domain', () => {
  let fake: FakeResend | undefined;
  afterEach(() => fake?.stop());

  /** Queues one email to each address and runs the worker with the transport `env` chooses. */
  async function sendTo(addresses: string[], env: Record<string, string>) {
    fake = await startFakeResend({ apiKey: 'right' });
    const db = openSeededDatabase();
    addresses.forEach((to, n) => enqueueEmail(db, `to-${n}`, { ...message, to }));
    const lines: string[] = [];
    await runOutboxOnce(
      db,
      transportFromEnv(readEnv({ RESEND_API_KEY: 'right', RESEND_API_URL: fake.url, ...env }))!,
      (line) => lines.push(line),
    );
    const rows = db
      .prepare('SELECT to_address AS "to", state, last_error AS lastError FROM email_outbox')
      .all();
    return { rows, lines, delivered: fake.deliveries.map((d) => d.to[0]) };
  }

  it('is never handed to Resend in production: it is dead, saying why', async () => {
    const { rows, lines, delivered } = await sendTo(
      ['lead-member@kent.example', 'jo@example.org', 'sam@example.org.uk'],
      { NODE_ENV: 'production' },
    );
    expect(delivered).toEqual(['sam@example.org.uk']);
    expect(fake!.requests).toBe(1);
    expect(rows).toEqual([
      {
        to: 'lead-member@kent.example',
        state: 'dead',
        lastError: 'not sent: kent.example is a reserved domain, nobody can receive mail there',
      },
      {
        to: 'jo@example.org',
        state: 'dead',
        lastError: 'not sent: example.org is a reserved domain, nobody can receive mail there',
      },
      { to: 'sam@example.org.uk', state: 'sent', lastError: null },
    ]);
    // The operator learns which message and why, and never the address.
    expect(lines).toEqual([
      'Email 1 (test) failed: not sent: kent.example is a reserved domain, nobody can receive mail there',
      'Email 2 (test) failed: not sent: example.org is a reserved domain, nobody can receive mail there',
    ]);
  });

  it('keeps the worker going through a whole batch of them', async () => {
    const reserved = Array.from({ length: 25 }, (_, n) => `tester-${n}@site.test`);
    const { rows, delivered } = await sendTo([...reserved, 'sam@example.org.uk'], {
      NODE_ENV: 'production',
    });
    expect(delivered).toEqual(['sam@example.org.uk']);
    expect(rows.filter((row) => (row as { state: string }).state === 'dead')).toHaveLength(25);
  });

  it('is sent as any other outside production, where tests and development use them', async () => {
    const { rows, delivered } = await sendTo(['lead-member@kent.example', 'jo@example.org'], {});
    expect(delivered).toEqual(['lead-member@kent.example', 'jo@example.org']);
    expect(rows).toEqual([
      { to: 'lead-member@kent.example', state: 'sent', lastError: null },
      { to: 'jo@example.org', state: 'sent', lastError: null },
    ]);
  });
});
