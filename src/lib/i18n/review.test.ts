import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_TRANSLATIONS } from './messages/cy/index.ts';
import { readGlossary, uncheckedTerms, unreviewedTranslations, type WelshEntry } from './review.ts';
import { FIRST_DRAFT, type TranslationRecord } from './translations.ts';

const REVIEWED: TranslationRecord = {
  translatedBy: 'The campaign team',
  reviewedBy: 'Elin, a fluent Welsh speaker',
  reviewedOn: '2026-11-30',
};

const entry = (collection: string, id: string, translation: TranslationRecord, title?: string) =>
  ({ collection, id, data: { translation, ...(title && { title }) } }) satisfies WelshEntry;

describe('the Welsh texts waiting for review', () => {
  it('lists the unreviewed catalogue areas, then content entries, and leaves out reviewed ones', () => {
    const list = unreviewedTranslations({
      catalogue: { site: FIRST_DRAFT, charter: REVIEWED, home: FIRST_DRAFT },
      entries: [
        entry('storiesCy', 'rhys-shed', FIRST_DRAFT, 'Sied Rhys'),
        entry('charterStepsCy', 'count', FIRST_DRAFT),
        entry('storiesCy', 'maya-stepdad', REVIEWED, 'Maya'),
      ],
    });
    expect(list.map(({ kind, name, where }) => ({ kind, name, where }))).toEqual([
      { kind: 'Interface text', name: 'home', where: 'src/lib/i18n/messages/cy/home.ts' },
      { kind: 'Interface text', name: 'site', where: 'src/lib/i18n/messages/cy/site.ts' },
      { kind: 'Content', name: 'count', where: 'charterStepsCy: count' },
      { kind: 'Content', name: 'Sied Rhys', where: 'storiesCy: rhys-shed' },
    ]);
    expect(list[0]?.translatedBy).toBe(FIRST_DRAFT.translatedBy);
  });

  it('is empty once a fluent speaker has reviewed everything', () => {
    expect(
      unreviewedTranslations({
        catalogue: { site: REVIEWED },
        entries: [entry('storiesCy', 'rhys-shed', REVIEWED)],
      }),
    ).toEqual([]);
  });

  it('holds every area of the real catalogue while they are first drafts', () => {
    const areas = unreviewedTranslations({ catalogue: CATALOGUE_TRANSLATIONS, entries: [] });
    const drafts = Object.values(CATALOGUE_TRANSLATIONS).filter((r) => r.reviewedBy === null);
    expect(areas).toHaveLength(drafts.length);
  });
});

describe('the glossary terms not yet checked online', () => {
  it('are the rows marked checked_online no, in the file’s order', () => {
    const csv =
      'english,welsh,source,checked_online,note\r\n' +
      'council,cyngor,TermCymru,yes,\r\n' +
      'councillor,cynghorydd,TermCymru,no,\r\n' +
      'quick exit,allanfa gyflym,our own,no,"Says Gadael yn gyflym, on the bar."\r\n';
    expect(uncheckedTerms(readGlossary(csv)).map((row) => row.english)).toEqual([
      'councillor',
      'quick exit',
    ]);
  });

  it('reads the real glossary', () => {
    const csv = readFileSync(join(import.meta.dirname, 'glossary.csv'), 'utf8');
    expect(uncheckedTerms(readGlossary(csv)).length).toBeGreaterThan(0);
  });
});
