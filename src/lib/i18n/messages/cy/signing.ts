import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { signing as english } from '../en/signing.ts';

export const signing: Translation<typeof english> = {};

export const signingTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const signingProblems: Problems = {};
