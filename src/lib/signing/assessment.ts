import { z } from 'zod';
import type { AssessedShare } from '../councils/map-layers.ts';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { CHECKLIST, type ChecklistAction } from '../charter/checklist.ts';
import { CHARTER_STEPS, type CharterStep } from '../charter/steps.ts';
import { statement, type Db } from '../db.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import { ASSESSMENT_LINK_TEMPLATE, assessmentLinkEmail } from './emails.tsx';
import { EmailSchema, TokenSchema } from '../form-fields.ts';
import { hashToken, newToken } from '../tokens.ts';
import { isOnDomain } from './domains.ts';
import { ASSESSMENT_LINK_DAYS } from './link-lifetimes.ts';
import { labelled } from '../labelled.ts';

export const { values: RATINGS, labels: RATING_LABELS } = labelled({
  not_started: 'Not started',
  in_progress: 'In progress',
  in_place: 'In place',
});
export type Rating = (typeof RATINGS)[number];

export const EVIDENCE_MAX = 1000;
const DAY = 86_400_000;

/**
 * Makes a private link to a council's self-assessment (256 random bits; only the hash is kept).
 * The caller emails it, in the approval email or on its own.
 */
export function issueAssessmentLink(
  db: Db,
  councilId: number,
  email: string,
  now: Date,
  siteUrl: string,
): { url: string; linkId: number } {
  const token = newToken();
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO assessment_links (council_id, token_hash, email, expires_at, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    councilId,
    hashToken(token),
    email,
    new Date(now.getTime() + ASSESSMENT_LINK_DAYS * DAY).toISOString(),
    now.toISOString(),
  );
  return { url: `${siteUrl}/assess?token=${token}`, linkId: Number(lastInsertRowid) };
}

export const AssessmentLinkRequestSchema = z.object({
  council: z.string({ error: 'Choose your council' }).regex(COUNCIL_SLUG, 'Choose your council'),
  email: EmailSchema,
});

/**
 * Sends a new self-assessment link when the address may have one: the council has signed or
 * pledged, the address is on the council's own domain or is a signatory's, and it has not had
 * its emails for the day. Whoever asks is told the same either way, so the form cannot be used to
 * learn who signed.
 */
export function requestAssessmentLink(
  db: Db,
  { council: slug, email }: z.infer<typeof AssessmentLinkRequestSchema>,
  now: Date,
  siteUrl: string,
): void {
  db.transaction(() => {
    const council = statement(
      db,
      `SELECT c.id, c.official_name AS name, c.website_domain AS domain, s.status
       FROM councils AS c JOIN council_status AS s ON s.council_id = c.id WHERE c.slug = ?`,
    ).get(slug) as { id: number; name: string; domain: string | null; status: string } | undefined;
    if (!council || council.status === 'not_signed') return;
    const signatory = statement(
      db,
      `SELECT 1 FROM signing_requests
       WHERE council_id = ? AND state = 'approved' AND email = ? COLLATE NOCASE`,
    ).get(council.id, email);
    if (!signatory && !isOnDomain(email, council.domain)) return;
    if (!withinRecipientLimit(db, email, [ASSESSMENT_LINK_TEMPLATE])) return;
    const { url, linkId } = issueAssessmentLink(db, council.id, email, now, siteUrl);
    enqueueEmail(db, `assessment-link:${linkId}`, assessmentLinkEmail(email, council.name, url));
  }).immediate();
}

export interface Assessment {
  council: { id: number; slug: string; name: string };
  ratings: Map<string, { rating: Rating; evidence: string | null }>;
  updatedAt: string | null;
}

export type AssessmentLink =
  { kind: 'ok'; assessment: Assessment } | { kind: 'expired' | 'invalid' };

/** The assessment a private link opens, with what has been saved so far. */
export function openAssessment(db: Db, token: string, now: Date): AssessmentLink {
  const link = statement(
    db,
    `SELECT l.expires_at AS expiresAt, c.id, c.slug, c.official_name AS name
     FROM assessment_links AS l JOIN councils AS c ON c.id = l.council_id
     WHERE l.token_hash = ?`,
  ).get(hashToken(token)) as
    { expiresAt: string; id: number; slug: string; name: string } | undefined;
  if (!link) return { kind: 'invalid' };
  if (link.expiresAt <= now.toISOString()) return { kind: 'expired' };
  const rows = statement(
    db,
    `SELECT action_id AS actionId, rating, evidence, updated_at AS updatedAt
     FROM assessment_ratings WHERE council_id = ?`,
  ).all(link.id) as {
    actionId: string;
    rating: Rating;
    evidence: string | null;
    updatedAt: string;
  }[];
  return {
    kind: 'ok',
    assessment: {
      council: { id: link.id, slug: link.slug, name: link.name },
      ratings: new Map(rows.map((row) => [row.actionId, row])),
      updatedAt: rows.reduce<string | null>(
        (latest, row) => (latest && latest > row.updatedAt ? latest : row.updatedAt),
        null,
      ),
    },
  };
}

/** Form field names for an action: `rating-count-1`, `evidence-count-1`. */
export const ratingField = (action: ChecklistAction) => `rating-${action.id}`;
export const evidenceField = (action: ChecklistAction) => `evidence-${action.id}`;

/**
 * The self-assessment form, built from the checklist: each action's rating and note are
 * optional, so a council can save part and come back. Notes are plain text, line breaks kept.
 */
export const AssessmentFormSchema = z
  .object({
    token: TokenSchema,
    ...Object.fromEntries(
      CHECKLIST.flatMap((action) => [
        [ratingField(action), z.enum(RATINGS).optional()],
        [
          evidenceField(action),
          z.preprocess(
            (value) => (typeof value === 'string' ? value : ''),
            z
              .string()
              .transform((value) => value.replace(/\r\n?/g, '\n').trim())
              .pipe(
                z
                  .string()
                  .max(
                    EVIDENCE_MAX,
                    `Keep each note to ${EVIDENCE_MAX.toLocaleString('en-GB')} characters or fewer`,
                  ),
              ),
          ),
        ],
      ]),
    ),
  })
  .transform((form) => {
    // The checklist's fields are made from data, so zod can only type them as a record.
    const fields = form as Record<string, string | undefined>;
    return {
      token: fields.token!,
      answers: CHECKLIST.map((action) => ({
        actionId: action.id,
        rating: fields[ratingField(action)] as Rating | undefined,
        evidence: fields[evidenceField(action)] || null,
      })),
    };
  });

export type AssessmentForm = z.infer<typeof AssessmentFormSchema>;

/**
 * Saves what was answered. An action left unrated keeps what it had; only answers that changed
 * are written, so "last updated" means something changed. Returns how many changed, or
 * undefined when the link no longer works.
 */
export function saveAssessment(db: Db, form: AssessmentForm, now: Date): number | undefined {
  return db
    .transaction(() => {
      const link = openAssessment(db, form.token, now);
      if (link.kind !== 'ok') return undefined;
      const { council, ratings } = link.assessment;
      const upsert = statement(
        db,
        `INSERT INTO assessment_ratings (council_id, action_id, rating, evidence, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (council_id, action_id) DO UPDATE SET
         rating = excluded.rating, evidence = excluded.evidence, updated_at = excluded.updated_at`,
      );
      let changed = 0;
      for (const answer of form.answers) {
        if (!answer.rating) continue;
        const before = ratings.get(answer.actionId);
        if (before && before.rating === answer.rating && before.evidence === answer.evidence)
          continue;
        upsert.run(council.id, answer.actionId, answer.rating, answer.evidence, now.toISOString());
        changed += 1;
      }
      return changed;
    })
    .immediate();
}

export interface StepProgress {
  step: CharterStep;
  actions: number;
  inPlace: number;
  inProgress: number;
}

export interface CouncilProgress {
  steps: StepProgress[];
  /** When any answer last changed. */
  updatedAt: string;
}

const STEP_OF = new Map(CHECKLIST.map((action) => [action.id, action.step]));

function emptySteps(): StepProgress[] {
  return CHARTER_STEPS.map((step) => ({
    step,
    actions: CHECKLIST.filter((action) => action.step === step).length,
    inPlace: 0,
    inProgress: 0,
  }));
}

type RatingRow = { councilId: number; actionId: string; rating: Rating; updatedAt: string };

/** Counts one council's answers by step; ratings for actions no longer in the checklist are ignored. */
function tally(rows: readonly RatingRow[]): CouncilProgress {
  const steps = emptySteps();
  let updatedAt = '';
  for (const row of rows) {
    const counts = steps.find((s) => s.step === STEP_OF.get(row.actionId));
    if (!counts) continue;
    if (row.rating === 'in_place') counts.inPlace += 1;
    if (row.rating === 'in_progress') counts.inProgress += 1;
    if (row.updatedAt > updatedAt) updatedAt = row.updatedAt;
  }
  return { steps, updatedAt };
}

const RATING_ROWS = `SELECT council_id AS councilId, action_id AS actionId, rating,
  updated_at AS updatedAt FROM assessment_ratings`;

/** Every council's progress, by council id; councils that have not assessed themselves are absent. */
export function progressByCouncil(db: Db): Map<number, CouncilProgress> {
  const byCouncil = Map.groupBy(
    statement(db, RATING_ROWS).all() as RatingRow[],
    (row) => row.councilId,
  );
  return new Map([...byCouncil].map(([id, rows]) => [id, tally(rows)]));
}

/**
 * Each council's share of the planning guide's actions in place, by council id, for the council
 * map's progress layer and the table beside it; councils that have not assessed themselves are
 * absent.
 */
export function sharesInPlace(db: Db): Map<number, AssessedShare> {
  return new Map(
    [...progressByCouncil(db)].map(([id, { steps }]) => [
      id,
      {
        inPlace: steps.reduce((sum, s) => sum + s.inPlace, 0),
        actions: steps.reduce((sum, s) => sum + s.actions, 0),
      },
    ]),
  );
}

/** One council's progress, or undefined before its first answer. */
export function councilProgress(db: Db, councilId: number): CouncilProgress | undefined {
  const rows = statement(db, `${RATING_ROWS} WHERE council_id = ?`).all(councilId) as RatingRow[];
  return rows.length > 0 ? tally(rows) : undefined;
}

/** Across every council that has assessed itself: how many actions are in place, per step. */
export function progressAcrossCouncils(db: Db): { councils: number; steps: StepProgress[] } {
  const all = [...progressByCouncil(db).values()];
  const steps = emptySteps().map((total) => {
    const mine = all.map((council) => council.steps.find((s) => s.step === total.step)!);
    return {
      step: total.step,
      actions: total.actions * all.length,
      inPlace: mine.reduce((sum, s) => sum + s.inPlace, 0),
      inProgress: mine.reduce((sum, s) => sum + s.inProgress, 0),
    };
  });
  return { councils: all.length, steps };
}
