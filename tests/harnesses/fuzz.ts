import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { startFakePostcodesIo } from '../fakes/postcodes-io.ts';
import { startFakeResend } from '../fakes/resend.ts';
import { startFakeStripe } from '../fakes/stripe.ts';
import { runScriptOn } from '../e2e/database.ts';
import { startSite } from '../e2e/server.ts';

/**
 * `npm run test:fuzz`: at least 10,000 random and hostile requests (fast-check) to every form
 * action and every endpoint that takes input: oversized and unicode-edge values, control
 * characters, wrong types and methods, JSON where a form belongs, missing and forged origins,
 * with and without a campaign login. Passes only if nothing answers 5xx, and every page that
 * shows stored rows still answers 200 afterwards. Traffic goes only to 127.0.0.1.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

/** Every form on the site, found in the source so a new one is fuzzed without being listed. */
function formTargets(): { action: string; path: string }[] {
  const news = readdirSync('src/content/news')[0]!.replace(/\.mdx?$/, '');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(join(dir, entry.name))
        : entry.name.endsWith('.astro')
          ? [readFileSync(join(dir, entry.name), 'utf8')]
          : [],
    );
  const found = new Map<string, string>();
  for (const source of sources('src')) {
    for (const [, path, action] of source.matchAll(
      /action=\{`([^`$]*(?:\$\{(?!actions)[^}]+\}[^`$]*)*)\$\{actions\.(\w+)\}/g,
    )) {
      found.set(
        action!,
        path!
          .replace('${mailing.id}', '1')
          .replace(/\$\{(council\.)?slug\}/, 'kent')
          .replace('${postId}', news),
      );
    }
  }
  const defined = readdirSync('src/actions', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [
        ...readFileSync(join('src/actions', file), 'utf8').matchAll(
          /^\s+(\w+): (?:defineAction|emailLinkAction|adminAction|tokenAction|letterStep)\(/gm,
        ),
      ].map((match) => match[1]!),
    );
  const unfuzzed = defined.filter((action) => !found.has(action));
  if (unfuzzed.length) throw new Error(`No form found for actions: ${unfuzzed.join(', ')}`);
  return [...found].map(([action, path]) => ({ action, path: `${path}?_action=${action}` }));
}

/** Endpoints that take input outside the actions, and pages that read their query string. */
const ENDPOINTS = [
  '/api/stripe/webhook',
  '/api/resend/webhook',
  '/unsubscribe',
  '/privacy/download',
  '/admin/exports/supporters.csv',
  '/admin/exports/gift-aid.csv',
  '/api/pledges/count.json',
  '/councils',
  '/councils/find',
  '/councils/kent/certificate',
  '/lobby',
  '/lobby/kent',
  '/lobby/confirm',
  '/pledge/confirm',
  '/pledge/thanks',
  '/donate',
  '/donate/thanks',
  '/donate/manage',
  '/sign/verify',
  '/assess',
  '/data/councils.json',
  '/admin/mailings/new',
  '/admin/invalidate',
];

/** Every field name a form on the site uses, so random bodies hit real validation. */
const FIELDS = [
  ...new Set([
    'firstName',
    'lastName',
    'email',
    'postcode',
    'campaignEmails',
    'from',
    'website',
    'shownAt',
    'token',
    'council',
    'name',
    'role',
    'leadMember',
    'intent',
    'intendsBy',
    'commit',
    'charterVersion',
    'frequency',
    'amount',
    'otherAmount',
    'giftAid',
    'giftAidVersion',
    'title',
    'house',
    'password',
    'again',
    'code',
    'next',
    'subject',
    'body',
    'segment',
    'region',
    'councils',
    'confirm',
    'feature',
    'reason',
    'decision',
    'id',
    'comment',
    'answer',
    'letter',
    'ownWords',
    'targets',
    'network',
    'domain',
    'expected',
    'to',
    'account',
    'q',
    'sort',
    'status',
    'ref',
    'via',
    'key',
    'page',
    'note',
    'link',
  ]),
];

// Values chosen to break things: huge, empty, unicode edges, control and bidi characters,
// markup, SQL, numbers where text belongs, and text where numbers belong.
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\r\nBcc: victim@example.org',
    '\u202e\u2066',
    '\ud800',
    '\uffff',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    '../../etc/passwd',
    'NaN',
    '-1',
    '1e308',
    '9'.repeat(400),
    'on',
    'yes',
    'true',
    'kent',
    'SW1A 1AA',
    '25',
    'monthly',
    'a@b.co',
    'null',
    '{}',
    '[]',
    '%00',
    '😀'.repeat(300),
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

const request = fc.record({
  target: fc.nat(),
  method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH'),
  fields: fc.array(
    fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 20 })), hostile),
    {
      maxLength: 12,
    },
  ),
  encoding: fc.constantFrom('form', 'form', 'form', 'json', 'multipart', 'text', 'garbage', 'none'),
  // Most requests come from our own pages, so they reach the code behind the origin check.
  origin: fc.constantFrom(
    'ours',
    'ours',
    'ours',
    'ours',
    'ours',
    'ours',
    'forged',
    'missing',
    'null',
  ),
  loggedIn: fc.boolean(),
  query: fc.option(fc.array(fc.tuple(fc.constantFrom(...FIELDS), hostile), { maxLength: 3 })),
});

const postcodes = await startFakePostcodesIo();
const resend = await startFakeResend({ apiKey: 'fuzz-key' });
const stripe = await startFakeStripe({ apiKey: 'sk_test_fuzz', webhookSecret: 'whsec_fuzz' });
const site = await startSite({
  POSTCODES_API_URL: postcodes.url,
  RESEND_API_KEY: 'fuzz-key',
  RESEND_API_URL: resend.url,
  RESEND_WEBHOOK_SECRET: `whsec_${Buffer.from('the fuzz webhook secret, 32 byte').toString('base64')}`,
  STRIPE_SECRET_KEY: 'sk_test_fuzz',
  STRIPE_WEBHOOK_SECRET: 'whsec_fuzz',
  STRIPE_API_URL: stripe.url,
  STRIPE_PAGE_ORIGINS: stripe.url,
  // Limits would turn most requests into 429s, which tell us nothing about the code behind them.
  PLEDGES_PER_IP_PER_HOUR: '1000000',
  LETTERS_PER_IP_PER_HOUR: '1000000',
  COUNCIL_EMAILS_PER_IP_PER_HOUR: '1000000',
  COMMENTS_PER_IP_PER_HOUR: '1000000',
  DONATIONS_PER_IP_PER_HOUR: '1000000',
  LOGINS_PER_IP_PER_15_MIN: '1000000',
});
stripe.setWebhookUrl(`${site.url}/api/stripe/webhook`);

/** An admin's session cookie, got through the set-password form as a person gets one. */
async function adminCookie(email: string): Promise<string> {
  const printed = runScriptOn(
    site.databasePath,
    'admin-create',
    '--email',
    email,
    '--role',
    'admin',
  );
  const token = /token=([\w-]+)/.exec(printed)![1]!;
  const password = 'a long password for the fuzz test';
  const response = await fetch(`${site.url}/admin/set-password?_action=setPassword`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: site.url, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, password, again: password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (response.status !== 303 || !cookie) throw new Error(`Could not log in: ${response.status}`);
  return cookie;
}

const targets = [...formTargets().map((t) => t.path), ...ENDPOINTS];
const cookie = await adminCookie('fuzz-admin@example.org');
const failures: string[] = [];
const statuses = new Map<number, number>();
const started = performance.now();

function bodyFor(encoding: string, fields: [string, string][]): { body?: BodyInit; type?: string } {
  switch (encoding) {
    case 'form':
      return { body: new URLSearchParams(fields), type: 'application/x-www-form-urlencoded' };
    case 'json':
      return { body: JSON.stringify(Object.fromEntries(fields)), type: 'application/json' };
    case 'multipart': {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      return { body: form };
    }
    case 'text':
      return { body: fields.map(([n, v]) => `${n}=${v}`).join('\n'), type: 'text/plain' };
    case 'garbage':
      return {
        body: fields.map(([, v]) => v).join('&=&'),
        type: 'application/x-www-form-urlencoded; charset=nonsense',
      };
    default:
      return {};
  }
}

await fc
  .assert(
    fc.asyncProperty(request, async (r) => {
      const path = targets[r.target % targets.length]!;
      const url = new URL(path, site.url);
      for (const [name, value] of r.query ?? []) url.searchParams.append(name, value);
      const hasBody = r.method !== 'GET';
      const { body, type } = hasBody ? bodyFor(r.encoding, r.fields) : {};
      const headers: Record<string, string> = {};
      if (type) headers['Content-Type'] = type;
      if (r.origin === 'ours') headers.Origin = site.url;
      if (r.origin === 'forged') headers.Origin = 'https://attacker.example';
      if (r.origin === 'null') headers.Origin = 'null';
      if (r.loggedIn) headers.Cookie = cookie;
      let response: Response;
      try {
        response = await fetch(url, {
          method: r.method,
          redirect: 'manual',
          headers,
          ...(body !== undefined && { body }),
        });
        await response.arrayBuffer();
      } catch (error) {
        // The server may close the connection on a body it refuses to read (413); that is an
        // answer. A server that stopped answering altogether is a failure.
        const alive = await fetch(`${site.url}/healthz`).then(
          (health) => health.ok,
          () => false,
        );
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
        if (!alive)
          failures.push(`${r.method} ${url.pathname}: the server stopped answering (${cause})`);
        return alive;
      }
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500) {
        failures.push(
          `${r.method} ${url.pathname}${url.search.slice(0, 80)} (${r.encoding}) → ${response.status}`,
        );
      }
      return response.status < 500;
    }),
    { numRuns: RUNS, endOnFailure: true },
  )
  .catch((error: Error) =>
    failures.push(
      error.message
        .split('\n')
        .slice(0, 8)
        .map((line) => line.slice(0, 400))
        .join('\n'),
    ),
  );
const fuzzMs = performance.now() - started;

// What was stored must not break any page that shows it. A new login: the fuzzing may have
// logged the first one out, or changed its role.
const checker = await adminCookie('fuzz-checker@example.org');
const news = readdirSync('src/content/news').map((file) => `/news/${file.replace(/\.mdx?$/, '')}`);
const pages = [
  '/',
  '/charter',
  '/councils',
  '/councils/kent',
  '/data/councils.json',
  '/data/councils.csv',
  ...news,
  '/admin',
  '/admin/comments',
  '/admin/reports',
  '/admin/signings',
  '/admin/audit',
  '/admin/mailings',
  '/admin/mailings/1',
  '/admin/pauses',
  '/admin/accounts',
  '/admin/invalidate',
];
for (const page of pages) {
  const response = await fetch(site.url + page, {
    headers: { Cookie: checker },
    redirect: 'manual',
  });
  await response.arrayBuffer();
  if (response.status !== 200 && !(page === '/admin/mailings/1' && response.status === 404)) {
    failures.push(`after fuzzing, ${page} answers ${response.status}`);
  }
}

// Thousands of requests carried email addresses; the log must hold none of them.
const logged = site.output();
const address = /[\w.+-]+@[\w-]+\.[\w.-]+/.exec(logged);
if (address) failures.push(`the server log holds an email address: ${address[0]}`);
const logLines = logged.split('\n').filter((line) => line.startsWith('{')).length;

await site.stop();
await Promise.all([postcodes.stop(), resend.stop(), stripe.stop()]);
const summary = [...statuses]
  .sort(([a], [b]) => a - b)
  .map(([s, n]) => `${s}×${n}`)
  .join(' ');
console.log(
  `Fuzz test: ${RUNS} requests to ${targets.length} forms and endpoints in ${(fuzzMs / 1000).toFixed(1)} s ` +
    `(statuses ${summary}); then ${pages.length} pages that show stored rows; ${logLines} log lines, no email address in them.`,
);
if (failures.length) {
  console.error(`FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('Passed: no 5xx, and every page still renders what was stored.');
