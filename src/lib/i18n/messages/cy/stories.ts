import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { stories as english } from '../en/stories.ts';

export const stories: Translation<typeof english> = {};

export const storiesTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const storiesProblems: Problems = {};
