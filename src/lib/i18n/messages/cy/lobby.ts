import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { lobby as english } from '../en/lobby.ts';

export const lobby: Translation<typeof english> = {};

export const lobbyTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const lobbyProblems: Problems = {};
