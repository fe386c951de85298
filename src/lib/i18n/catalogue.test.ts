import { describe, expect, it } from 'vitest';
import { messages, missingKeys } from './catalogue.ts';

describe('the catalogues', () => {
  it('has every English key in Welsh', () => {
    expect(missingKeys(messages('en'), messages('cy'))).toEqual([]);
  });

  it('names a key missing at any depth, or of the wrong kind', () => {
    const english = { a: 'x', b: { c: 'y', d: (n: number) => `${n}` } };
    expect(missingKeys(english, { a: 'x', b: { c: 'y' } })).toEqual(['b.d']);
    expect(missingKeys(english, { a: 'x', b: 'flat' })).toEqual(['b']);
    expect(missingKeys(english, { b: { c: 'y', d: () => '' } })).toEqual(['a']);
  });

  it('translates every message that is not a name', () => {
    // A Welsh string identical to its English one is a key nobody translated, unless it is a
    // name the same in both languages (Childline) or empty in English by design.
    const same: string[] = [];
    const walk = (en: object, cy: object, path: string) => {
      for (const [key, value] of Object.entries(en)) {
        const other = (cy as Record<string, unknown>)[key];
        if (typeof value === 'string' && value !== '' && value === other)
          same.push(`${path}${key}`);
        if (typeof value === 'object') walk(value, other as object, `${path}${key}.`);
      }
    };
    walk(messages('en'), messages('cy'), '');
    expect(same.filter((key) => !SAME_IN_BOTH.has(key))).toEqual([]);
  });
});

/** Names that are the same in Welsh and English. */
const SAME_IN_BOTH = new Set(['site.helplines.childline.name']);
