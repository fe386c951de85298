import type { StateEvent } from '../charts/series.ts';
import { statement, type Db } from '../db.ts';
import type { DatePrecision } from '../format.ts';

/**
 * Every event on any council's record that set its status, as "was it left signed?", in the
 * order they were recorded: the latest recorded stands, as on the council's own page. Withdrawals
 * and corrections count, so a chart of signatories over time goes down as well as up.
 */
export function signingStateEvents(db: Db): StateEvent[] {
  const rows = statement(
    db,
    `SELECT council_id AS subject, id AS "order", occurred_on AS date, precision,
            status = 'signed' AS inState
     FROM council_status_events WHERE status IS NOT NULL ORDER BY id`,
  ).all() as (Omit<StateEvent, 'inState' | 'precision'> & {
    precision: DatePrecision;
    inState: 0 | 1;
  })[];
  return rows.map((row) => ({ ...row, inState: row.inState === 1 }));
}
