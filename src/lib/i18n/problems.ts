import type { Locale } from './locales.ts';
import { WELSH_PROBLEMS } from './messages/cy/problems.ts';

/**
 * What a form's problem says on a page in `locale`. Schemas and actions speak English (API
 * callers get English JSON); each Welsh catalogue area gives the Welsh of the exact English
 * messages its forms can show. A message with no Welsh yet is shown as it is, and the Welsh
 * crawl's check for English on Welsh pages fails on it wherever a journey test meets it.
 */
export function problemText(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  return WELSH_PROBLEMS.get(message) ?? message;
}
