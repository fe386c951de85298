import type { Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { home as english } from '../en/home.ts';

export const home: Translation<typeof english> = {};

export const homeTranslation: TranslationRecord = FIRST_DRAFT;
