import { describe, expect, it } from 'vitest';
import {
  actionReference,
  CHECKLIST,
  ChecklistSchema,
  checklistByStep,
  checklistIn,
  checkTranslations,
  welshChecklistEntries,
} from './checklist.ts';
import { CHARTER_STEPS } from './steps.ts';
import { unreviewedTranslations } from '../i18n/review.ts';

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

describe('the checklist in Welsh', () => {
  const welsh = checklistIn('cy');

  it('has every action, with the same ids and steps, in Welsh words', () => {
    expect(welsh.map(({ id, step }) => ({ id, step }))).toEqual(
      CHECKLIST.map(({ id, step }) => ({ id, step })),
    );
    for (const [index, action] of welsh.entries()) {
      expect(action.text).not.toBe(CHECKLIST[index]!.text);
    }
  });

  it('waits, action by action, in the list of Welsh texts a fluent speaker has not reviewed', () => {
    const waiting = unreviewedTranslations({ catalogue: {}, entries: welshChecklistEntries() });
    expect(waiting).toHaveLength(CHECKLIST.length);
    expect(waiting).toContainEqual(
      expect.objectContaining({
        kind: 'Content',
        name: 'Planning guide checklist, Count 1',
        where: 'src/content/cy/planning-guide-checklist.json: count-1',
      }),
    );
  });

  it.each([
    ['an action with no Welsh', [], 'count-1 has 0 Welsh entries'],
    ['an action with two', [entry('count-1'), entry('count-1')], 'count-1 has 2 Welsh entries'],
    ['an entry for no action', [entry('count-1'), entry('count-9')], 'count-9 translates count-9'],
  ])('refuses %s', (_, entries, message) => {
    expect(() => checkTranslations(CHECKLIST.slice(0, 1), entries)).toThrow(message);
  });
});

function entry(id: string) {
  return {
    id,
    translationOf: id,
    translation: { translatedBy: 'The team' },
    text: 'Cofnodir pob plentyn sy’n mynd ar goll.',
    lead: 'Gwasanaethau',
  };
}
