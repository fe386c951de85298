import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { councils as english } from '../en/councils.ts';

export const councils: Translation<typeof english> = {};

export const councilsTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const councilsProblems: Problems = {};
