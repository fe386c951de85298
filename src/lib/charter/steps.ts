/**
 * The charter's four steps, in the order a council takes them. Stories, the planning guide's
 * checklist and (later) council self-assessments are all grouped by these.
 */
export const CHARTER_STEPS = ['count', 'think', 'act', 'prevent'] as const;

export type CharterStep = (typeof CHARTER_STEPS)[number];

export const CHARTER_STEP_LABELS: Record<CharterStep, string> = {
  count: 'Count',
  think: 'Think',
  act: 'Act',
  prevent: 'Prevent',
};
