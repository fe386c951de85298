/**
 * The site's languages. English is served at the root as it always was; Welsh under /cy, for the
 * 22 councils in Wales and the people they serve (Astro's i18n routing, `prefixDefaultLocale`
 * off: astro.config.mjs).
 */
export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a page from its path: `/cy` and everything under it is Welsh. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/cy' || pathname.startsWith('/cy/') ? 'cy' : 'en';
}

/** For `lang` and `hreflang`: British English, and Welsh (which has no other region to tell apart). */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en-GB', cy: 'cy' };

/** For Open Graph's `og:locale`. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', cy: 'cy_GB' };

/** Each language's name in its own words, as the link to it says it. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', cy: 'Cymraeg' };
