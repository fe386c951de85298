import { describe, expect, it } from 'vitest';
import english from '../../content/charter-steps.json' with { type: 'json' };
import welsh from '../../content/cy/charter-steps.json' with { type: 'json' };
import { PLACEHOLDER } from '../facts/render.ts';
import { TranslationRecordSchema } from '../i18n/translations.ts';

const placeholders = (text: string) =>
  [...text.matchAll(PLACEHOLDER)].map(([, kind, id]) => `${kind}:${id}`);

describe('the charter in Welsh', () => {
  it.each(english.map((step) => [step.id]))('has exactly one Welsh entry for the %s step', (id) => {
    expect(welsh.filter((entry) => entry.translationOf === id)).toHaveLength(1);
  });

  it('translates nothing that is not an English step', () => {
    const ids = new Set(english.map((step) => step.id));
    expect(welsh.filter((entry) => !ids.has(entry.translationOf))).toEqual([]);
  });

  it.each(welsh.map((entry) => [entry.id, entry]))(
    'gives the %s step a translation record, each commitment, and the same sourced figures',
    (_, entry) => {
      const step = english.find(({ id }) => id === entry.translationOf)!;
      expect(TranslationRecordSchema.safeParse(entry.translation).success).toBe(true);
      expect(entry.asks).toHaveLength(step.asks.length);
      expect(placeholders(entry.whyItMatters)).toEqual(placeholders(step.whyItMatters));
    },
  );
});
