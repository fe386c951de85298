import { z } from 'zod';
import type { AssessedShare } from '../councils/map-layers.ts';
import { CHECKLIST, type ChecklistAction } from '../charter/checklist.ts';
import { CHARTER_STEPS, type CharterStep } from '../charter/steps.ts';
import { statement, type Db } from '../db.ts';
import { TokenSchema } from '../form-fields.ts';
import { hashToken } from '../tokens.ts';
/** How far a council has got with an action; pages name them from the catalogue (signing.assess). */
export const RATINGS = ['not_started', 'in_progress', 'in_place'] as const;
export type Rating = (typeof RATINGS)[number];

export const EVIDENCE_MAX = 1000;
export interface Assessment {
  council: { id: number; slug: string; name: string; welshName: string | null };
  ratings: Map<string, { rating: Rating; evidence: string | null }>;
  updatedAt: string | null;
}

export type AssessmentLink =
  { kind: 'ok'; assessment: Assessment } | { kind: 'expired' | 'invalid' };

/** The assessment a private link opens, with what has been saved so far. */
export function openAssessment(db: Db, token: string, now: Date): AssessmentLink {
  const link = statement(
    db,
    `SELECT l.expires_at AS expiresAt, c.id, c.slug, c.official_name AS name,
            c.welsh_name AS welshName
     FROM assessment_links AS l JOIN councils AS c ON c.id = l.council_id
     WHERE l.token_hash = ?`,
  ).get(hashToken(token)) as
    | { expiresAt: string; id: number; slug: string; name: string; welshName: string | null }
    | undefined;
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
      council: { id: link.id, slug: link.slug, name: link.name, welshName: link.welshName },
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
