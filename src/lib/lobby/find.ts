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
  const welsh = welshNamed(councils, text);
  if (welsh) return { kind: 'found', slug: welsh.slug };
  const named = councilsNamed(councils, text);
  if (named.length === 1) return { kind: 'found', slug: named[0]!.slug };
  if (named.length > 1) return { kind: 'choose', councils: named };
  return { kind: 'no-match', text: text.trim() };
}

/** Letters only, unaccented, lower case: "Cyngor Sir Ynys Môn" and "ynys mon" meet. */
const folded = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(cyngor|sir|sirol|bwrdeistref|dinas|a|council)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A Welsh council named as people in Wales name it in Welsh: Caerdydd, Cyngor Gwynedd, Ynys Môn. */
function welshNamed(councils: readonly CouncilSummary[], text: string) {
  const needle = folded(text);
  if (!needle) return undefined;
  return councils.find(
    (council) =>
      (council.welshShortName !== null && folded(council.welshShortName) === needle) ||
      (council.welshName !== null && folded(council.welshName) === needle),
  );
}
