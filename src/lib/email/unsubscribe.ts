import type { Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';

/**
 * The one-click unsubscribe address for a supporter's key, on the page in their language
 * (/cy/dad-danysgrifio for a supporter who chose Welsh).
 */
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
