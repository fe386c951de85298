import { labelled } from '../labelled.ts';

/**
 * The charter's four steps, in the order a council takes them. Stories, the planning guide's
 * checklist and (later) council self-assessments are all grouped by these.
 */
export const { values: CHARTER_STEPS, labels: CHARTER_STEP_LABELS } = labelled({
  count: 'Count',
  think: 'Think',
  act: 'Act',
  prevent: 'Prevent',
});
export type CharterStep = (typeof CHARTER_STEPS)[number];
