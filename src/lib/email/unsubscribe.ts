import { localisedPath } from '../i18n/pages.ts';
import type { Locale } from '../i18n/locales.ts';

/** The unsubscribe page for a supporter's key, in the language of the email that links to it. */
export function unsubscribeUrl(
  siteUrl: string,
  unsubscribeKey: string,
  locale: Locale = 'en',
): string {
  return `${siteUrl}${localisedPath('/unsubscribe', locale)}?key=${encodeURIComponent(unsubscribeKey)}`;
}

/** One-click unsubscribe (RFC 8058): the headers mail providers turn into a button. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
