import { statement, type Db } from '../db.ts';
import type { DatePrecision } from '../format.ts';

export interface Signatory {
  slug: string;
  shortName: string;
  /** The Welsh short name of a council in Wales (Caerdydd), which Welsh pages show. */
  welshShortName: string | null;
  region: string;
  /** ISO date the council signed, known to `precision`. */
  signedOn: string;
  precision: DatePrecision;
}

/** Councils that have signed the charter, in the order they signed (then by name). */
export function listSignatories(db: Db): Signatory[] {
  return statement(
    db,
    `SELECT c.slug, c.short_name AS shortName,
            c.welsh_short_name AS welshShortName, c.region, s.status_since AS signedOn,
            s.status_precision AS precision
       FROM council_status AS s JOIN councils AS c ON c.id = s.council_id
       WHERE s.status = 'signed'
       ORDER BY s.status_since, c.short_name`,
  ).all() as Signatory[];
}
