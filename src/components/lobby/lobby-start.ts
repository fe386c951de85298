import type { AstroGlobal } from 'astro';
import { listCouncils, type CouncilSummary } from '../../lib/councils/queries.ts';
import { COUNCIL_SEARCH_MAX } from '../../lib/councils/table-query.ts';
import { getDb } from '../../lib/db.ts';
import { messages } from '../../lib/i18n/catalogue.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { findLobbyCouncil } from '../../lib/lobby/find.ts';
import { postcodeLookups } from '../../lib/postcode/lookup-limit.ts';
import { lookUpPostcode } from '../../lib/postcode/postcodes-io.ts';
import { letterPath } from './letter-page.ts';

export interface LobbyStart {
  text: string;
  error: string | undefined;
  choices: CouncilSummary[];
}

/**
 * What the lobby's start page found for what was typed (`?q=`): a council to write to (a redirect
 * to its letter page, Welsh for a Welsh council on a Welsh page), several to choose from, or why
 * none. Sets the page's status for a problem.
 */
export async function lobbyStart(
  Astro: AstroGlobal,
  locale: Locale,
): Promise<Response | LobbyStart> {
  const t = messages(locale).lobby.start;
  const text = (Astro.url.searchParams.get('q') ?? '').slice(0, COUNCIL_SEARCH_MAX);
  const start: LobbyStart = { text, error: undefined, choices: [] };
  if (!Astro.url.searchParams.has('q')) return start;
  if (!text.trim()) {
    start.error = t.empty;
  } else if (!postcodeLookups(Astro.clientAddress)) {
    Astro.response.status = 429;
    start.error = t.tooManyLookups;
  } else {
    const db = getDb();
    const all = listCouncils(db);
    const found = await findLobbyCouncil(db, all, text, lookUpPostcode);
    switch (found.kind) {
      case 'found': {
        const council = all.find((one) => one.slug === found.slug);
        const path = council ? letterPath(council, locale) : `/lobby/${found.slug}`;
        const postcode = found.postcode ? `?postcode=${encodeURIComponent(found.postcode)}` : '';
        return Astro.redirect(`${path}${postcode}`, 303);
      }
      case 'choose':
        start.choices = found.councils;
        break;
      case 'no-match':
        start.error = t.noMatch(found.text);
        break;
      case 'unknown-postcode':
        start.error = t.unknownPostcode(found.postcode);
        break;
      case 'outside':
        start.error = t.outside(found.postcode, found.country);
        break;
      case 'unavailable':
        start.error = t.unavailable;
        break;
    }
  }
  if (start.error && Astro.response.status === 200) Astro.response.status = 400;
  return start;
}
