import { statement, type Db } from '../db.ts';

export interface Signatory {
  slug: string;
  shortName: string;
  region: string;
  /** ISO date the council signed. */
  signedOn: string;
}

/** Councils that have signed the charter, in the order they signed (then by name). */
export function listSignatories(db: Db): Signatory[] {
  return statement(
    db,
    `SELECT c.slug, c.short_name AS shortName, c.region, s.status_since AS signedOn
       FROM council_status AS s JOIN councils AS c ON c.id = s.council_id
       WHERE s.status = 'signed'
       ORDER BY s.status_since, c.short_name`,
  ).all() as Signatory[];
}
