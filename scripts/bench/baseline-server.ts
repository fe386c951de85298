import { createServer } from 'node:http';
import { openDatabase } from '../../src/lib/db.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { councilMapDrawing } from '../../src/lib/councils/map.ts';
import { mapContentHtml } from '../../src/lib/councils/map-render.ts';
import { emailKey } from '../../src/lib/email-address.ts';
import { PledgeFormSchema } from '../../src/lib/pledges/schema.ts';
import { hashToken, newToken } from '../../src/lib/tokens.ts';
import { findCouncil, listCouncils, nearestCouncils } from '../../src/lib/councils/queries.ts';
import { councilRowsHtml, statusHtml } from '../../src/lib/councils/render.ts';

/**
 * The bench's yardstick: the same SQLite reads as the site, rendered with template strings into
 * pages of about the same size, served by bare node:http. The map and table use the site's own
 * string renderers, and every page carries a block of fixed markup the size of the site's header,
 * footer and forms (about 11 KB), so what the bench measures is what the site does beyond this:
 * Astro's routing, rendering, security headers and policies.
 */
const db = openDatabase(process.env.DATABASE_PATH!);
const CHROME = `<nav><ul>${'<li><a href="/stories">Stories</a></li>'.repeat(60)}</ul></nav>`.padEnd(
  11_000,
  ' ',
);
const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Councils</title></head><body>${CHROME}${body}</body></html>`;

function councilsPage(): string {
  const councils = listCouncils(db);
  const drawing = councilMapDrawing(councils);
  const shares = new Map();
  const map = mapContentHtml(drawing, councils, { layer: 'status', shares, linked: true });
  const { width, height } = drawing.layout;
  return page(
    `<svg viewBox="0 0 ${width} ${height}">${map}</svg><table><tbody>${councilRowsHtml(councils, shares)}</tbody></table>`,
  );
}

function councilPage(slug: string): string | undefined {
  const council = findCouncil(db, slug);
  if (!council) return undefined;
  const near = nearestCouncils(council, listCouncils(db))
    .map(
      (n) =>
        `<li><a href="/councils/${n.slug}">${escapeHtml(n.shortName)}</a> ${statusHtml(n.status)}</li>`,
    )
    .join('');
  const history = council.history
    .map(
      (e) =>
        `<li>${e.occurredOn}: ${e.status}. ${escapeHtml(e.source)} ${escapeHtml(e.note ?? '')}</li>`,
    )
    .join('');
  return page(
    `<h1>${escapeHtml(council.officialName)}</h1><p>${council.status}</p><ol>${history}</ol><ul>${near}</ul>`,
  );
}

// The same rows a pledge writes: supporter, consent, confirmation token and the queued email.
const insertSupporter = db.prepare(
  `INSERT INTO supporters (email, email_key, first_name, last_name, unsubscribe_key)
   VALUES (?, ?, ?, ?, ?)`,
);
const existing = db.prepare('SELECT id FROM supporters WHERE email_key = ?');
const insertConsent = db.prepare(
  `INSERT INTO consent_records (supporter_id, purpose, text_version, source_page) VALUES (?, 'pledge', 'v', ?)`,
);
const setToken = db.prepare(
  `UPDATE supporters SET confirm_token_hash = ?, confirm_token_expires_at = ?, confirmation_sent_at = ? WHERE id = ?`,
);
const queueEmail = db.prepare(
  `INSERT INTO email_outbox (idempotency_key, template, to_address, subject, html, text) VALUES (?, 'confirm', ?, 'Confirm', ?, ?)`,
);
const EMAIL_HTML = '<p>Please confirm your pledge.</p>'.padEnd(2_500, ' ');
const pledge = db.transaction((form: ReturnType<typeof PledgeFormSchema.parse>) => {
  const key = emailKey(form.email);
  if (existing.get(key)) return;
  const id = Number(
    insertSupporter.run(form.email, key, form.firstName, form.lastName, newToken()).lastInsertRowid,
  );
  insertConsent.run(id, form.from);
  const token = newToken();
  const now = new Date();
  setToken.run(
    hashToken(token),
    new Date(now.getTime() + 7 * 86_400_000).toISOString(),
    now.toISOString(),
    id,
  );
  queueEmail.run(
    `confirm:${id}`,
    form.email,
    EMAIL_HTML,
    `Confirm: /pledge/confirm?token=${token}`,
  );
});
const count = db.prepare(
  `SELECT confirmed AS online, offline, confirmed + offline AS total
   FROM supporter_counts WHERE council_id = 0`,
);

// Confirming: the supporter moves to confirmed and the counters with it, in one transaction.
const confirmSupporter = db.prepare(
  `UPDATE supporters SET state = 'confirmed', confirmed_at = ?, confirm_token_hash = NULL
   WHERE confirm_token_hash = ? AND state = 'pending' RETURNING council_id`,
);
const bumpCount = db.prepare(
  `INSERT INTO supporter_counts (council_id, confirmed) VALUES (?, 1)
   ON CONFLICT (council_id) DO UPDATE SET confirmed = confirmed + 1`,
);
const confirm = db.transaction((token: string) => {
  const row = confirmSupporter.get(new Date().toISOString(), hashToken(token)) as
    { council_id: number | null } | undefined;
  if (!row) return;
  bumpCount.run(0);
  if (row.council_id) bumpCount.run(row.council_id);
});

// A letter, a signing request and a comment: the rows each form stores, with their emails.
const councilId = db.prepare('SELECT id FROM councils WHERE slug = ?').pluck();
const insertLetter = db.prepare(
  `INSERT INTO letters (council_id, writer_name, writer_email, writer_email_key, writer_postcode,
                        subject, body, fingerprint, confirm_token_hash, expires_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const letter = db.transaction((form: URLSearchParams) => {
  const token = newToken();
  const body = `${form.get('opening') ?? ''}\n\n${form.get('ownWords') ?? ''}`;
  const id = insertLetter.run(
    councilId.get(form.get('council')),
    form.get('writerName'),
    form.get('email'),
    emailKey(form.get('email') ?? ''),
    form.get('postcode'),
    form.get('subject'),
    body,
    body.split(/\s+/).slice(0, 50).join(' '),
    hashToken(token),
    new Date(Date.now() + 7 * 86_400_000).toISOString(),
  ).lastInsertRowid;
  queueEmail.run(`letter:${id}`, form.get('email'), EMAIL_HTML, `Confirm: ${token}`);
});
const insertSigning = db.prepare(
  `INSERT INTO signing_requests (council_id, intent, signatory_name, signatory_role, email,
                                 lead_member_name, charter_version, verify_token_hash,
                                 verify_expires_at)
   VALUES (?, 'sign', ?, ?, ?, ?, ?, ?, ?)`,
);
const signing = db.transaction((form: URLSearchParams) => {
  const token = newToken();
  const id = insertSigning.run(
    councilId.get(form.get('council')),
    form.get('name'),
    form.get('role'),
    form.get('email'),
    form.get('leadMember'),
    form.get('charterVersion'),
    hashToken(token),
    new Date(Date.now() + 7 * 86_400_000).toISOString(),
  ).lastInsertRowid;
  queueEmail.run(`signing:${id}`, form.get('email'), EMAIL_HTML, `Verify: ${token}`);
});
const insertComment = db.prepare(
  `INSERT INTO news_comments (post_id, name, email, email_key, body, created_at)
   VALUES (?, ?, ?, ?, ?, ?)`,
);
const comment = (form: URLSearchParams) =>
  insertComment.run(
    form.get('post'),
    form.get('name'),
    form.get('email'),
    emailKey(form.get('email') ?? ''),
    escapeHtml(form.get('body') ?? ''),
    new Date().toISOString(),
  );

/** The form posts and what each stores, answered with the redirect the site sends. */
const WRITES: Record<string, (form: URLSearchParams) => void> = {
  '/confirm': (form) => confirm(form.get('token') ?? ''),
  '/letter': (form) => letter.immediate(form),
  '/sign': (form) => signing.immediate(form),
  '/comment': comment,
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/pledge') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const form = PledgeFormSchema.safeParse(Object.fromEntries(new URLSearchParams(body)));
      if (!form.success) return res.writeHead(400).end('Bad form');
      pledge.immediate(form.data);
      res.writeHead(303, { Location: '/pledge/check-inbox' }).end();
    });
    return;
  }
  const write = req.method === 'POST' ? WRITES[url.pathname] : undefined;
  if (write) {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      write(new URLSearchParams(body));
      res.writeHead(303, { Location: '/done' }).end();
    });
    return;
  }
  if (url.pathname === '/api/pledges/count.json') {
    return res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify(count.get()));
  }
  const html = (body: string) =>
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  if (url.pathname === '/councils') return html(councilsPage());
  if (url.pathname === '/data/councils.json') {
    return res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ councils: listCouncils(db) }, null, 2));
  }
  const slug = /^\/councils\/([a-z0-9-]+)$/.exec(url.pathname)?.[1];
  const body = slug ? councilPage(slug) : undefined;
  if (body) return html(body);
  res.writeHead(404).end('Not found');
});
// A port the system chooses, so the run never collides with anything already listening.
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : 0}`);
});
