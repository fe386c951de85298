import type { Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { privacy as english } from '../en/privacy.ts';

export const privacy: Translation<typeof english> = {};

export const privacyTranslation: TranslationRecord = FIRST_DRAFT;
