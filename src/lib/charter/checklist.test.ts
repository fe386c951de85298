import { describe, expect, it } from 'vitest';
import { actionReference, CHECKLIST, ChecklistSchema, checklistByStep } from './checklist.ts';
import { CHARTER_STEPS } from './steps.ts';

describe('the planning guide checklist', () => {
  it('has actions for every step, in charter order', () => {
    expect(checklistByStep().map(({ step }) => step)).toEqual([...CHARTER_STEPS]);
    for (const { actions } of checklistByStep()) expect(actions.length).toBeGreaterThan(0);
    expect(checklistByStep().flatMap(({ actions }) => actions)).toHaveLength(CHECKLIST.length);
  });

  const action = {
    id: 'count-1',
    step: 'count',
    text: 'Record every child who goes missing.',
    lead: 'Social care',
  };

  it.each([
    ['an id used twice', [action, { ...action }], 'count-1 repeats'],
    ['an action filed under the wrong step', [{ ...action, step: 'act' }], 'filed under the act'],
    ['an id that is not step-number', [{ ...action, id: 'c1' }], 'ids look like "count-1"'],
  ])('refuses %s', (_, actions, message) => {
    const result = ChecklistSchema.safeParse(actions);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });
});

describe.each([
  [{ id: 'count-1', step: 'count' }, 'Count 1'],
  [{ id: 'prevent-12', step: 'prevent' }, 'Prevent 12'],
] as const)('the action %j', (action, reference) => {
  it(`is referred to as "${reference}"`, () => expect(actionReference(action)).toBe(reference));
});
