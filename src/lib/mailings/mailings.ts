import { recordAudit } from '../audit/audit.ts';
import { statement, type Db } from '../db.ts';
import { enqueueEmail } from '../email/outbox.ts';
import { renderMailing, type MailingText } from './email.tsx';
import type { Locale } from '../i18n/locales.ts';
import { personalise } from './personalise.ts';
import type { MailingForm } from './schema.ts';
import { SegmentSchema, type Segment } from './segments.ts';
import { fixRecipients } from './recipients.ts';

export const MAILING_STATES = ['draft', 'sending', 'paused', 'sent'] as const;
export type MailingState = (typeof MAILING_STATES)[number];

/** The Welsh subject and body a form holds, as columns: both null unless both boxes are filled. */
function welshColumns(form: MailingForm): [string, string] | [null, null] {
  return form.welshSubject && form.welshBody ? [form.welshSubject, form.welshBody] : [null, null];
}

export interface Mailing {
  id: number;
  subject: string;
  body: string;
  segment: Segment;
  /** The version for supporters who chose Welsh, when the campaigner wrote one. */
  welsh: MailingText | null;
  state: MailingState;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  lastError: string | null;
}

const COLUMNS = `id, subject, body, segment, welsh_subject AS welshSubject, welsh_body AS welshBody,
  state, created_at AS createdAt, started_at AS startedAt, finished_at AS finishedAt,
  last_error AS lastError`;

type Row = Omit<Mailing, 'segment' | 'welsh'> & {
  segment: string;
  welshSubject: string | null;
  welshBody: string | null;
};

function fromRow({ welshSubject, welshBody, ...row }: Row): Mailing {
  return {
    ...row,
    segment: SegmentSchema.parse(JSON.parse(row.segment)),
    welsh: welshSubject && welshBody ? { subject: welshSubject, body: welshBody } : null,
  };
}

export function findMailing(db: Db, id: number): Mailing | undefined {
  const row = statement(db, `SELECT ${COLUMNS} FROM mailings WHERE id = ?`).get(id) as
    Row | undefined;
  return row && fromRow(row);
}

export function listMailings(db: Db, limit = 50): Mailing[] {
  return (
    statement(db, `SELECT ${COLUMNS} FROM mailings ORDER BY id DESC LIMIT ?`).all(limit) as Row[]
  ).map(fromRow);
}

/** Saves a new draft; nothing is sent. */
export function createMailing(db: Db, form: MailingForm, userId: number, now: Date): number {
  return db.transaction(() => {
    const id = Number(
      statement(
        db,
        `INSERT INTO mailings (subject, body, segment, welsh_subject, welsh_body, created_by,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        form.subject,
        form.body,
        JSON.stringify(form.segment),
        ...welshColumns(form),
        userId,
        now.toISOString(),
        now.toISOString(),
      ).lastInsertRowid,
    );
    recordAudit(db, userId, 'mailing.create', { mailing: id }, now);
    return id;
  })();
}

/** Changes a draft; false once it has been sent (a sent email cannot be changed). */
export function updateMailing(
  db: Db,
  id: number,
  form: MailingForm,
  userId: number,
  now: Date,
): boolean {
  return db.transaction(() => {
    const changed =
      statement(
        db,
        `UPDATE mailings SET subject = ?, body = ?, segment = ?, welsh_subject = ?, welsh_body = ?,
           updated_at = ?
         WHERE id = ? AND state = 'draft'`,
      ).run(
        form.subject,
        form.body,
        JSON.stringify(form.segment),
        ...welshColumns(form),
        now.toISOString(),
        id,
      ).changes === 1;
    if (changed) recordAudit(db, userId, 'mailing.edit', { mailing: id }, now);
    return changed;
  })();
}

/**
 * Sends the campaigner a copy through the outbox, as a supporter who chose `language` would see it
 * (their own first name; the stop link is a stand-in, since they are not a supporter).
 */
export function sendTestMailing(
  db: Db,
  mailing: Mailing,
  to: { id: number; email: string },
  { now, siteUrl, language = 'en' }: { now: Date; siteUrl: string; language?: Locale },
): void {
  const email = personalise(
    { id: mailing.id, ...renderMailing(mailing, language) },
    {
      email: to.email,
      firstName: to.email.split('@')[0]!,
      unsubscribeKey: 'test-email-from-the-campaign-team',
      language,
    },
    siteUrl,
  );
  db.transaction(() => {
    enqueueEmail(db, `mailing-test:${mailing.id}:${language}:${now.getTime()}`, {
      ...email,
      template: 'mailing-test',
      subject: `[Test] ${email.subject}`,
    });
    recordAudit(db, to.id, 'mailing.test', { mailing: mailing.id, language }, now);
  })();
}

export type StartOutcome =
  { kind: 'started'; recipients: number } | { kind: 'not-draft' } | { kind: 'nobody' };

/** Drafts whose recipients are being fixed, so a second press does not start them twice. */
const starting = new Set<number>();

/**
 * Sends a draft: fixes its recipients now (the segment as it stands, in chunks: fixRecipients),
 * then, in one transaction with the audit record, marks it sending with the email as rendered now
 * in each language (the Welsh version, or the English with its Welsh note). A draft with nobody
 * to send to stays one.
 */
export async function startMailing(
  db: Db,
  id: number,
  userId: number,
  now: Date,
): Promise<StartOutcome> {
  const draft = findMailing(db, id);
  if (draft?.state !== 'draft' || starting.has(id)) return { kind: 'not-draft' };
  starting.add(id);
  try {
    const recipients = await fixRecipients(db, id, draft.segment);
    return db
      .transaction((): StartOutcome => {
        const mailing = findMailing(db, id);
        if (mailing?.state !== 'draft') return { kind: 'not-draft' };
        if (recipients === 0) return { kind: 'nobody' };
        const { html, text } = renderMailing(mailing);
        const welsh = renderMailing(mailing, 'cy');
        statement(
          db,
          `UPDATE mailings SET state = 'sending', html = ?, text = ?, welsh_html = ?,
             welsh_text = ?, started_at = ?, updated_at = ?
           WHERE id = ?`,
        ).run(html, text, welsh.html, welsh.text, now.toISOString(), now.toISOString(), id);
        recordAudit(db, userId, 'mailing.send', { mailing: id, recipients }, now);
        return { kind: 'started', recipients };
      })
      .immediate();
  } finally {
    starting.delete(id);
  }
}

/** Pauses a mailing being sent (the batch in flight finishes), or resumes a paused one. */
export function setMailingPaused(
  db: Db,
  id: number,
  paused: boolean,
  userId: number,
  now: Date,
): boolean {
  return db.transaction(() => {
    const [from, to] = paused ? ['sending', 'paused'] : ['paused', 'sending'];
    const changed =
      statement(db, 'UPDATE mailings SET state = ?, updated_at = ? WHERE id = ? AND state = ?').run(
        to,
        now.toISOString(),
        id,
        from,
      ).changes === 1;
    if (changed)
      recordAudit(db, userId, paused ? 'mailing.pause' : 'mailing.resume', { mailing: id }, now);
    return changed;
  })();
}

export interface MailingProgress {
  total: number;
  queued: number;
  sent: number;
  skipped: number;
  failed: number;
}

export function mailingProgress(db: Db, id: number): MailingProgress {
  return statement(
    db,
    `SELECT count(*) AS total,
            count(*) FILTER (WHERE state = 'queued') AS queued,
            count(*) FILTER (WHERE state = 'sent') AS sent,
            count(*) FILTER (WHERE state = 'skipped') AS skipped,
            count(*) FILTER (WHERE state = 'failed') AS failed
     FROM mailing_recipients WHERE mailing_id = ?`,
  ).get(id) as MailingProgress;
}

/**
 * What the compose form shows: what was just posted (after a mistake), else the saved draft, else
 * a new email, for one council when it comes from the dashboard's target list.
 */
export function mailingFormValues(
  posted: FormData | undefined,
  saved?: Mailing,
  forCouncil?: string,
) {
  const text = (name: string, fallback: string) => {
    const value = posted?.get(name);
    return typeof value === 'string' ? value : fallback;
  };
  const segment: Segment | undefined =
    saved?.segment ?? (forCouncil ? { kind: 'councils', councils: [forCouncil] } : undefined);
  return {
    subject: text('subject', saved?.subject ?? ''),
    body: text('body', saved?.body ?? ''),
    welshSubject: text('welshSubject', saved?.welsh?.subject ?? ''),
    welshBody: text('welshBody', saved?.welsh?.body ?? ''),
    kind: text('segment.kind', segment?.kind ?? 'not-signed'),
    region: text('segment.region', segment?.kind === 'region' ? segment.region : ''),
    councils: posted
      ? posted.getAll('segment.councils').filter((v): v is string => typeof v === 'string')
      : segment?.kind === 'councils'
        ? segment.councils
        : [],
  };
}
