import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { mailings as english } from '../en/mailings.ts';

export const mailings: Translation<typeof english> = {
  greeting: (firstName: string) => `Annwyl ${firstName},`,
  whyYouGetThis: "Gofynnoch chi am negeseuon e-bost yr ymgyrch pan wnaethoch chi'ch addewid.",
  stop: 'Peidio â chael negeseuon e-bost yr ymgyrch',
  noWelshVersion: "Does dim fersiwn Gymraeg o'r neges hon eto, felly dyma hi yn Saesneg.",
};

export const mailingsTranslation: TranslationRecord = FIRST_DRAFT;

/**
 * The Welsh of each English problem message this area's forms can show, keyed by the English.
 * None: the mailings' forms are in the admin area, which is in English for the campaign team.
 */
export const mailingsProblems: Problems = {};
