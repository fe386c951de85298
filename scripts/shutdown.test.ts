import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { FAKE_POSTCODES, startFakePostcodesIo } from '../tests/fakes/postcodes-io.ts';
import { startFakeResend } from '../tests/fakes/resend.ts';
import { startSite } from '../tests/e2e/server.ts';
import { pledgeFields, postForm } from '../tests/harnesses/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'mrs-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stopping the server (SIGTERM)', () => {
  it('refuses new connections, finishes the request in flight and the email being sent', async () => {
    const postcodes = await startFakePostcodesIo();
    // A provider that takes a second and a half to answer: the email is mid-send when we stop.
    const resend = await startFakeResend({ apiKey: 'k', answerAfterMs: 1_500 });
    const databasePath = join(dir, 'campaign.db');
    const site = await startSite(
      { POSTCODES_API_URL: postcodes.url, RESEND_API_KEY: 'k', RESEND_API_URL: resend.url },
      { databasePath },
    );
    expect(await postForm(site, '/join?_action=pledge', pledgeFields('first@example.org'))).toBe(
      303,
    );
    // This pledge waits about two seconds on a postcode lookup that never answers.
    const slow = postForm(site, '/join?_action=pledge', {
      ...pledgeFields('slow@example.org'),
      postcode: FAKE_POSTCODES.hangs,
    });
    while (resend.deliveries.length === 0) await new Promise((r) => setTimeout(r, 50));
    const stopped = site.stop();
    await new Promise((r) => setTimeout(r, 200));
    const refused = await fetch(`${site.url}/healthz`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(await slow).toBe(303);
    await stopped;
    expect(refused).toBe('refused');

    const db = new Database(databasePath, { readonly: true });
    const emails = db
      .prepare('SELECT to_address AS "to", state FROM email_outbox ORDER BY id')
      .all() as { to: string; state: string }[];
    const supporters = db.prepare('SELECT email FROM supporters ORDER BY id').pluck().all();
    db.close();
    // The email being sent when the signal came was recorded as sent, not left to send again.
    expect(emails[0]).toEqual({ to: 'first@example.org', state: 'sent' });
    expect(supporters).toEqual(['first@example.org', 'slow@example.org']);
    // And every email the provider took is recorded as sent, so none is sent again on restart.
    expect(emails.filter((email) => email.state === 'sent')).toHaveLength(resend.deliveries.length);
    await Promise.all([postcodes.stop(), resend.stop()]);
  }, 120_000);

  it('serves a production build, though a test runner (NODE_ENV=test) started the build', () => {
    // Built for React's development runtime, every email fails to render under NODE_ENV=production.
    const chunks = readdirSync('dist/server', { recursive: true, encoding: 'utf8' });
    const development = chunks.filter(
      (file) =>
        file.endsWith('.mjs') && readFileSync(join('dist/server', file), 'utf8').includes('jsxDEV'),
    );
    expect(development).toEqual([]);
  });
});
