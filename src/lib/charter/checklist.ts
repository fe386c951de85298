import { z } from 'zod';
import checklistData from '../../content/planning-guide-checklist.json' with { type: 'json' };
import welshData from '../../content/cy/planning-guide-checklist.json' with { type: 'json' };
import type { Locale } from '../i18n/locales.ts';
import type { WelshEntry } from '../i18n/review.ts';
import { TranslationRecordSchema } from '../i18n/translations.ts';
import { CHARTER_STEP_LABELS, CHARTER_STEPS, type CharterStep } from './steps.ts';

/**
 * One action from the safeguarding planning guide's checklist. The guide is published as a
 * resource page, and councils that sign rate themselves against the same actions, so the list
 * lives in one file (`src/content/planning-guide-checklist.json`) read by both.
 */
export const ChecklistActionSchema = z.object({
  /**
   * Stable identifier, such as `count-2`. Self-assessments are stored against it, so an action
   * keeps its id for good: reword the text, never reuse an id for a different action.
   */
  id: z.string().regex(/^(count|think|act|prevent)-\d+$/, 'ids look like "count-1"'),
  step: z.enum(CHARTER_STEPS),
  /** What the council and its partners do, as one sentence a council officer can rate. */
  text: z.string().trim().min(20).max(400),
  /** Who is expected to lead the action locally. */
  lead: z.string().trim().min(3).max(120),
});

export type ChecklistAction = z.infer<typeof ChecklistActionSchema>;

export const ChecklistSchema = z
  .array(ChecklistActionSchema)
  .min(1)
  .superRefine((actions, context) => {
    const seen = new Set<string>();
    for (const [index, action] of actions.entries()) {
      if (seen.has(action.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `${action.id} repeats` });
      }
      seen.add(action.id);
      if (!action.id.startsWith(`${action.step}-`)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `${action.id} is filed under the ${action.step} step`,
        });
      }
    }
  });

/** The checklist, parsed once: a malformed file fails loudly at start-up, not on a council's page. */
export const CHECKLIST: readonly ChecklistAction[] = ChecklistSchema.parse(checklistData);

/** The checklist's actions grouped by step, steps in charter order. */
export function checklistByStep(
  actions: readonly ChecklistAction[] = CHECKLIST,
): ReadonlyArray<{ step: CharterStep; actions: ChecklistAction[] }> {
  return CHARTER_STEPS.map((step) => ({
    step,
    actions: actions.filter((action) => action.step === step),
  }));
}

/**
 * An action's reference as a person reads and says it: "Count 1" for `count-1`. It names the same
 * action in every edition, as the id does, without showing anyone the id. A Welsh page gives the
 * steps' Welsh names: "Cyfrif 1".
 */
export function actionReference(
  action: Pick<ChecklistAction, 'id' | 'step'>,
  stepLabels: Readonly<Record<CharterStep, string>> = CHARTER_STEP_LABELS,
): string {
  return `${stepLabels[action.step]} ${action.id.slice(action.step.length + 1)}`;
}

/**
 * One action in Welsh (src/content/cy/planning-guide-checklist.json): the action it translates, by
 * its id, who translated it and whether a fluent speaker has reviewed it, and its words.
 */
export const ChecklistTranslationSchema = z.object({
  id: z.string(),
  translationOf: z.string(),
  translation: TranslationRecordSchema,
  text: z.string().trim().min(20).max(400),
  lead: z.string().trim().min(3).max(120),
});

/**
 * The Welsh entries, checked against the English once: each English action has exactly one, and
 * none translates an action that does not exist, so the Welsh page never lacks or invents one.
 */
export function checkTranslations(
  actions: readonly ChecklistAction[],
  entries: unknown,
): z.infer<typeof ChecklistTranslationSchema>[] {
  const parsed = z.array(ChecklistTranslationSchema).parse(entries);
  for (const action of actions) {
    const count = parsed.filter((entry) => entry.translationOf === action.id).length;
    if (count !== 1) throw new Error(`${action.id} has ${count} Welsh entries, not one`);
  }
  const unknown = parsed.find(
    (entry) => !actions.some((action) => action.id === entry.translationOf),
  );
  if (unknown)
    throw new Error(`${unknown.id} translates ${unknown.translationOf}, which is not an action`);
  return parsed;
}

const WELSH = new Map(
  checkTranslations(CHECKLIST, welshData).map((entry) => [entry.translationOf, entry]),
);

/** The checklist in `locale`: the same actions, ids and steps, in that language's words. */
export function checklistIn(locale: Locale): readonly ChecklistAction[] {
  if (locale === 'en') return CHECKLIST;
  return CHECKLIST.map((action) => {
    const { text, lead } = WELSH.get(action.id)!;
    return { ...action, text, lead };
  });
}

/**
 * The Welsh actions as texts for a fluent reviewer (/admin/translations), each named as a reader
 * says it ("Count 1"): they are Welsh on the guide's page and the self-assessment as much as the
 * stories are, and the review list promises every Welsh text.
 */
export function welshChecklistEntries(): WelshEntry[] {
  return CHECKLIST.map((action) => ({
    collection: 'src/content/cy/planning-guide-checklist.json',
    id: action.id,
    data: {
      title: `Planning guide checklist, ${actionReference(action)}`,
      translation: WELSH.get(action.id)!.translation,
    },
  }));
}
