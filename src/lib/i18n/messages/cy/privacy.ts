import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { privacy as english } from '../en/privacy.ts';

export const privacy: Translation<typeof english> = {};

export const privacyTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const privacyProblems: Problems = {};
