import { statement, type Db } from '../db.ts';
import { normalisePostcode } from '../postcode/postcode.ts';
import type { Area, PostcodeAnswer } from '../postcode/postcodes-io.ts';
import { log } from '../log.ts';
import { recordWard } from './wards.ts';

export type FindCouncilResult =
  | {
      kind: 'found';
      slug: string;
      councilId: number;
      postcode: string;
      /** The part of the council that elects the writer's own councillors, when known. */
      ward: Area | null;
    }
  | { kind: 'invalid' }
  | { kind: 'unknown'; postcode: string }
  | { kind: 'outside'; postcode: string; country: string }
  | { kind: 'unavailable'; postcode: string };

/**
 * Finds the council responsible for children's services at a postcode. Where there are two tiers
 * (a county and its districts) the county is the one, so the county code is tried first, and its
 * councillors are elected by county divisions, not district wards; in a unitary area the district
 * code is the council itself and its wards elect its councillors.
 */
export async function findCouncilByPostcode(
  db: Db,
  input: string,
  lookUp: (postcode: string) => Promise<PostcodeAnswer>,
): Promise<FindCouncilResult> {
  const postcode = normalisePostcode(input);
  if (!postcode) return { kind: 'invalid' };
  const answer = await lookUp(postcode);
  if (answer.kind === 'unknown') return { kind: 'unknown', postcode };
  if (answer.kind === 'unavailable') {
    log.warn({ reason: answer.reason }, 'postcode lookup unavailable');
    return { kind: 'unavailable', postcode };
  }
  if (answer.country !== 'England' && answer.country !== 'Wales') {
    return { kind: 'outside', postcode, country: answer.country };
  }
  const councilFor = statement(db, 'SELECT id, slug FROM councils WHERE gss_code = ?');
  for (const [code, ward] of [
    [answer.countyCode, answer.division],
    [answer.districtCode, answer.ward],
  ] as const) {
    const council = code
      ? (councilFor.get(code) as { id: number; slug: string } | undefined)
      : undefined;
    if (council) {
      if (ward) recordWard(db, council.id, ward);
      return { kind: 'found', slug: council.slug, councilId: council.id, postcode, ward };
    }
  }
  return { kind: 'unknown', postcode };
}
