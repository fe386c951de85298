import { statement, type Db } from '../db.ts';

/** The columns of HMRC's Gift Aid schedule spreadsheet (Charities Online), in its order. */
export const SCHEDULE_COLUMNS = [
  'Title',
  'First name or initial',
  'Last name',
  'House name or number',
  'Postcode',
  'Aggregated donations',
  'Sponsored event',
  'Donation date',
  'Amount',
] as const;

/** HMRC's schedule takes at most this many donations; a longer claim needs several files. */
export const SCHEDULE_MAX_ROWS = 1000;

/** 25/11/26: the schedule's date format. */
function scheduleDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year!.slice(2)}`;
}

/**
 * Donations with a Gift Aid declaration, paid between `from` and `to` (whole days, inclusive),
 * as rows for HMRC's schedule: one row per payment, after refunds (a fully refunded payment is
 * left out), amounts in pounds with two decimals and no £ sign, and a double-barrelled surname
 * written with a space, as HMRC asks.
 */
export function giftAidScheduleRows(
  db: Db,
  { from, to }: { from?: string | undefined; to?: string | undefined } = {},
): string[][] {
  const rows = statement(
    db,
    `SELECT coalesce(g.title, '') AS title, g.first_name AS firstName, g.last_name AS lastName,
            g.house, g.postcode, d.paid_at AS paidAt, d.net_pence AS pence
     FROM donations_net AS d JOIN gift_aid_declarations AS g ON g.checkout_id = d.checkout_id
     WHERE d.net_pence > 0 AND d.paid_at >= ? AND d.paid_at < ?
     ORDER BY d.paid_at, d.id`,
  ).all(from ?? '0000', to ? `${to}T24` : '9999') as {
    title: string;
    firstName: string;
    lastName: string;
    house: string;
    postcode: string;
    paidAt: string;
    pence: number;
  }[];
  return rows.map((row) => [
    row.title,
    row.firstName,
    row.lastName.replaceAll('-', ' '),
    row.house,
    row.postcode,
    '',
    '',
    scheduleDate(row.paidAt),
    (row.pence / 100).toFixed(2),
  ]);
}
