import { z } from 'zod';
import checklistData from '../../content/planning-guide-checklist.json' with { type: 'json' };
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
 * action in every edition, as the id does, without showing anyone the id.
 */
export function actionReference(action: Pick<ChecklistAction, 'id' | 'step'>): string {
  return `${CHARTER_STEP_LABELS[action.step]} ${action.id.slice(action.step.length + 1)}`;
}
