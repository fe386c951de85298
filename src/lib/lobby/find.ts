import type { CouncilSummary } from '../councils/queries.ts';
import { councilsNamed } from '../councils/table-query.ts';
import type { Db } from '../db.ts';
import { findCouncilByPostcode } from '../councils/find-council.ts';
import { normalisePostcode } from '../postcode/postcode.ts';
import type { PostcodeAnswer } from '../postcode/postcodes-io.ts';

export type LobbyFind =
  | { kind: 'found'; slug: string; postcode?: string }
  | { kind: 'choose'; councils: CouncilSummary[] }
  | { kind: 'no-match'; text: string }
  | { kind: 'unknown-postcode'; postcode: string }
  | { kind: 'outside'; postcode: string; country: string }
  | { kind: 'unavailable'; postcode: string };

/**
 * The council a writer means: by postcode when what they typed is one (their postcode is then
 * carried into the letter), otherwise by name.
 */
export async function findLobbyCouncil(
  db: Db,
  councils: readonly CouncilSummary[],
  text: string,
  lookUp: (postcode: string) => Promise<PostcodeAnswer>,
): Promise<LobbyFind> {
  if (normalisePostcode(text)) {
    const found = await findCouncilByPostcode(db, text, lookUp);
    switch (found.kind) {
      case 'found':
        return { kind: 'found', slug: found.slug, postcode: found.postcode };
      case 'unknown':
        return { kind: 'unknown-postcode', postcode: found.postcode };
      case 'outside':
      case 'unavailable':
        return found;
      case 'invalid':
        break; // cannot happen: the postcode was checked above
    }
  }
  const named = councilsNamed(councils, text);
  if (named.length === 1) return { kind: 'found', slug: named[0]!.slug };
  if (named.length > 1) return { kind: 'choose', councils: named };
  return { kind: 'no-match', text: text.trim() };
}
