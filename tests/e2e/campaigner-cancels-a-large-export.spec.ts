import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { addManySupporters } from './many-supporters.ts';
import { expect } from './fixtures.ts';
import { testOnANewSite as test } from './own-site.ts';

const EMAILABLE = 100_000;

test('a campaigner who cancels a large export stops its query on the server', async ({
  page,
  site,
}) => {
  addManySupporters(site.databasePath, EMAILABLE, EMAILABLE);
  await logInAs(page, 'campaigner', site.databasePath);
  const cookie = (await page.context().cookies())
    .map(({ name, value }) => `${name}=${value}`)
    .join('; ');

  // The download starts, a first part arrives, and the person cancels it.
  const stop = new AbortController();
  const response = await fetch(`${site.url}/admin/exports/supporters.csv`, {
    method: 'POST',
    headers: {
      Cookie: cookie,
      Origin: site.url,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: '',
    signal: stop.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const first = await reader.read();
  expect(new TextDecoder().decode(first.value)).toMatch(/^first_name,last_name,email/);
  stop.abort();

  // The export stopped part way: its audit record says so, with the rows that left.
  const audited = () =>
    withDatabase(
      (db) =>
        db
          .prepare("SELECT detail FROM audit_log WHERE action = 'export.supporters'")
          .pluck()
          .get() as string | undefined,
      site.databasePath,
    );
  await expect.poll(audited, { timeout: 30_000 }).toBeDefined();
  const { rows: sent, ...rest } = JSON.parse(audited()!) as { rows: number };
  expect(rest).toEqual({ cancelled: true });
  expect(sent).toBeGreaterThan(0);
  expect(sent).toBeLessThan(EMAILABLE);

  // The reader thread is free: the next export runs to its end.
  const whole = await page.request.post(`${site.url}/admin/exports/supporters.csv`, {
    headers: { Origin: site.url },
    timeout: 60_000,
  });
  expect(whole.status()).toBe(200);
  expect((await whole.text()).trimEnd().split('\r\n')).toHaveLength(EMAILABLE + 1);

  // And the operator sees both in the log (written in blocks: whole once the server stops).
  await site.stop();
  expect(site.output()).toContain(`export cancelled after ${sent} rows`);
  expect(site.output()).toMatch(new RegExp(`"rows":${EMAILABLE}[^\\n]*export finished`));
});
