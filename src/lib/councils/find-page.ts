import type { Db } from '../db.ts';
import { LIMITS } from '../http/limits.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { postcodeLookups } from '../postcode/lookup-limit.ts';
import type { PostcodeAnswer } from '../postcode/postcodes-io.ts';
import { findCouncilByPostcode } from './find-council.ts';
import { councilPath } from './names.ts';
import { findCouncil } from './queries.ts';

/** What the find-your-council page does with a postcode: go to the council, or say why not. */
export interface FindPageProblem {
  kind: 'page';
  status: number;
  /** Undefined when nothing was asked yet (the page opened from a link). */
  error: string | undefined;
  /** The country outside England and Wales the postcode is in, as a sentence says it. */
  outside?: string;
  serviceDown?: boolean;
}
export type FindPageAnswer = { kind: 'redirect'; to: string } | FindPageProblem;

/**
 * Looks a typed postcode up and answers in the page's language. Found, it goes to the council's
 * page: in Welsh to a Welsh council's Welsh page, which says where the postcode is ("Mae CF10 1EP
 * yng Nghaerdydd"); a council in England has its English page only.
 */
export async function answerPostcode(
  db: Db,
  typed: string | null,
  clientAddress: string,
  locale: Locale,
  lookUp: (postcode: string) => Promise<PostcodeAnswer>,
): Promise<FindPageAnswer> {
  const words = messages(locale).councils.find;
  const problem = (
    error: string,
    more: Pick<FindPageProblem, 'outside' | 'serviceDown'> = {},
  ): FindPageAnswer => ({
    kind: 'page',
    status: 400,
    error,
    ...more,
  });
  // Opened from a link, the page just offers the box; sent empty, it asks for a postcode.
  if (typed === null) return { kind: 'page', status: 200, error: undefined };
  if (!typed.trim()) return problem(words.enterPostcode);
  if (!postcodeLookups(clientAddress)) {
    // The limit's words are English; in Welsh the page says the same in its own words.
    const error =
      locale === 'en'
        ? LIMITS.postcodeLookups.message('looked up a lot of postcodes')
        : words.tooMany;
    return { kind: 'page', status: 429, error };
  }
  const result = await findCouncilByPostcode(db, typed, lookUp);
  switch (result.kind) {
    case 'found': {
      if (locale === 'en') return { kind: 'redirect', to: `/councils/${result.slug}` };
      const council = findCouncil(db, result.slug)!;
      const path = councilPath(council, locale);
      return {
        kind: 'redirect',
        to: council.welshSlug ? `${path}?cod-post=${encodeURIComponent(result.postcode)}` : path,
      };
    }
    case 'invalid':
      return problem(words.notPostcode);
    case 'unknown':
      return problem(words.unknown(result.postcode));
    case 'outside': {
      const country = words.countries[result.country] ?? result.country;
      return problem(words.outside(result.postcode, country), { outside: country });
    }
    case 'unavailable':
      return problem(words.unavailable, { serviceDown: true });
  }
}
