import { statement, type Db } from '../db.ts';
import { findCouncilByPostcode } from '../councils/find-council.ts';
import type { Area, PostcodeAnswer } from '../postcode/postcodes-io.ts';

/**
 * Whether a writer lives where they are writing to, from their postcode: councillors answer the
 * people they represent, and a letter says only what the site has checked.
 */
export type Residence =
  /** The postcode is in the council; `ward` elects the writer's own councillors, when known. */
  | { kind: 'resident'; ward: Area | null }
  /** The postcode is in another council, which the writer is offered instead. */
  | { kind: 'elsewhere'; council: { slug: string; name: string } }
  | { kind: 'unknown-postcode' }
  | { kind: 'outside'; country: string }
  /** The lookup could not be made (the service is down or slow): nothing is sent until it is. */
  | { kind: 'unchecked' };

export async function checkResidence(
  db: Db,
  councilSlug: string,
  postcode: string,
  lookUp: (postcode: string) => Promise<PostcodeAnswer>,
): Promise<Residence> {
  const found = await findCouncilByPostcode(db, postcode, lookUp);
  switch (found.kind) {
    case 'found':
      if (found.slug === councilSlug) return { kind: 'resident', ward: found.ward };
      return {
        kind: 'elsewhere',
        council: {
          slug: found.slug,
          name: statement(db, 'SELECT short_name FROM councils WHERE id = ?')
            .pluck()
            .get(found.councilId) as string,
        },
      };
    case 'outside':
      return { kind: 'outside', country: found.country };
    case 'unavailable':
      return { kind: 'unchecked' };
    case 'unknown':
    case 'invalid':
      return { kind: 'unknown-postcode' };
  }
}
