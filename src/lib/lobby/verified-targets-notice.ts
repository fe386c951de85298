import { statement, type Db } from '../db.ts';
import { agreeing } from '../format.ts';
import type { StartUpNotice } from '../log.ts';

/** How many councils have nobody verified to write to, out of how many. */
export interface NobodyVerifiedCount {
  councils: number;
  total: number;
}

/**
 * Councils with no verified target that has an address: letters to them are held until a
 * campaigner verifies one. An unverified target (the seed's, or one imported and never checked)
 * does not count, nor does a verified one with no address, nor a retired one.
 */
export function countCouncilsWithNobodyVerified(db: Db): NobodyVerifiedCount {
  return statement(
    db,
    `SELECT count(*) FILTER (WHERE NOT EXISTS (
              SELECT 1 FROM council_targets AS t
              WHERE t.council_id = c.id AND t.state = 'verified' AND t.email IS NOT NULL
            )) AS councils,
            count(*) AS total
     FROM councils AS c`,
  ).get() as NobodyVerifiedCount;
}

/**
 * What start-up tells the operator about councils nobody can be written to yet: a warning naming
 * how many, since supporters' letters to them wait, held, and a fresh install has all of them.
 * Nothing when every council has somebody verified.
 */
export function verifiedTargetsNotice(db: Db): StartUpNotice | undefined {
  const { councils, total } = countCouncilsWithNobodyVerified(db);
  if (councils === 0) return undefined;
  return {
    level: 'warn',
    message: `${councils} of ${total} councils ${agreeing(councils, 'has', 'have')} nobody verified to write to: letters to them are held until a campaigner verifies a target in /admin/targets`,
  };
}
