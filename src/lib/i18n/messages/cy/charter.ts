import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { charter as english } from '../en/charter.ts';

export const charter: Translation<typeof english> = {};

export const charterTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const charterProblems: Problems = {};
