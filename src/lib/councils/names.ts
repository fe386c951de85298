import { escapeHtml } from '../html.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import type { CouncilSummary } from './queries.ts';

type Named = Pick<CouncilSummary, 'slug' | 'shortName' | 'welshShortName' | 'welshSlug'>;

/**
 * A council's name as a page in `locale` shows it: a council in Wales by its Welsh name on Welsh
 * pages ("Caerdydd"); every other council by its English name, which is its only name.
 */
export function councilName(council: Named, locale: Locale): string {
  return locale === 'cy' ? (council.welshShortName ?? council.shortName) : council.shortName;
}

/** Whether the name a Welsh page shows is the council's English one (to mark as English). */
export function isNamedInEnglish(council: Named, locale: Locale): boolean {
  return locale === 'cy' && council.welshShortName === null;
}

/**
 * Where a page in `locale` links for a council: its Welsh page when it has one and the reader is
 * reading Welsh, otherwise its English page (councils in England have no Welsh page).
 */
export function councilPath(council: Named, locale: Locale): string {
  return locale === 'cy' && council.welshSlug
    ? `/cy/cynghorau/${council.welshSlug}`
    : `/councils/${council.slug}`;
}

// Welsh nasal mutation after "yn": Caerdydd → yng Nghaerdydd, Powys → ym Mhowys, Tor-faen → yn
// Nhor-faen, Gwynedd → yng Ngwynedd, Bro Morgannwg → ym Mro Morgannwg. Ch, Ph and Th do not
// mutate; "yn" becomes "ym" before m and "yng" before ng.
const NASAL: Record<string, string> = { c: 'ngh', p: 'mh', t: 'nh', g: 'ng', b: 'm', d: 'n' };

/**
 * "in" and a place's name, as a sentence says it: "in Cardiff"; in Welsh, a Welsh name mutates
 * ("yng Nghaerdydd", "ym Mhowys") and an English one does not ("yn Kent").
 */
export function inPlace(name: string, locale: Locale, welsh = true): string {
  if (locale === 'en') return `in ${name}`;
  const first = name[0]!.toLowerCase();
  const mutated =
    welsh && NASAL[first] && !/^[cpt]h/i.test(name)
      ? `${NASAL[first]}${name.slice(1)}`.replace(/^./, (c) => c.toUpperCase())
      : name;
  const word = /^ng/i.test(mutated) ? 'yng' : /^m/i.test(mutated) ? 'ym' : 'yn';
  return `${word} ${mutated}`;
}

/** The name a Welsh place is in for a council: its Welsh name mutated, or its English name. */
export function inCouncilArea(council: Named, locale: Locale): string {
  return inPlace(councilName(council, locale), locale, !isNamedInEnglish(council, locale));
}

/**
 * A council's name as a link for a page in `locale`, as HTML: on a Welsh page a Welsh council's
 * Welsh name with its English name beside it (marked as English), and an English council's
 * English name marked as English, linking to its English page.
 */
export function councilLinkHtml(council: Named, locale: Locale): string {
  const href = councilPath(council, locale);
  const name = escapeHtml(councilName(council, locale));
  if (locale === 'en') return `<a href="${href}">${name}</a>`;
  if (isNamedInEnglish(council, locale)) {
    return `<a href="${href}" hreflang="en-GB" lang="en-GB">${name}</a>`;
  }
  return council.shortName === council.welshShortName
    ? `<a href="${href}">${name}</a>`
    : `<a href="${href}">${name}</a> <span class="meta" lang="en-GB">${escapeHtml(council.shortName)}</span>`;
}

/** The councils catalogue area for `locale`. */
export const councilWords = (locale: Locale) => messages(locale).councils;
