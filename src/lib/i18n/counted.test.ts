import { describe, expect, it } from 'vitest';
import { countedParts } from './counted.ts';
import type { PluralForms } from './plural.ts';

const people: Record<'en' | 'cy', PluralForms> = {
  en: { one: '# person has joined.', other: '# people have joined.' },
  cy: {
    one: 'Mae # person wedi ymuno.',
    two: 'Mae # berson wedi ymuno.',
    few: 'Mae # pherson wedi ymuno.',
    many: 'Mae # pherson wedi ymuno.',
    other: 'Mae # o bobl wedi ymuno.',
  },
};
const parts = (tag: 'en-GB' | 'cy', count: number) =>
  countedParts(
    new Intl.PluralRules(tag),
    new Intl.NumberFormat(tag),
    count,
    people[tag === 'cy' ? 'cy' : 'en'],
  );

describe('countedParts', () => {
  it.each([
    ['en-GB', 1, ['', '1', ' person has joined.']],
    ['en-GB', 7512, ['', '7,512', ' people have joined.']],
    ['cy', 1, ['Mae ', '1', ' person wedi ymuno.']],
    ['cy', 2, ['Mae ', '2', ' berson wedi ymuno.']],
    ['cy', 3, ['Mae ', '3', ' pherson wedi ymuno.']],
    ['cy', 6, ['Mae ', '6', ' pherson wedi ymuno.']],
    ['cy', 7512, ['Mae ', '7,512', ' o bobl wedi ymuno.']],
  ] as const)('in %s, %d gives %j', (tag, count, expected) => {
    expect(parts(tag, count)).toEqual(expected);
  });

  it('takes the other form for a category the forms leave out', () => {
    expect(parts('cy', 0)).toEqual(['Mae ', '0', ' o bobl wedi ymuno.']);
  });
});
