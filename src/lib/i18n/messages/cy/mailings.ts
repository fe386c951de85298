import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { mailings as english } from '../en/mailings.ts';

export const mailings: Translation<typeof english> = {};

export const mailingsTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const mailingsProblems: Problems = {};
