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

/**
 * Donations with a Gift Aid declaration, paid between `from` and `to` (whole days, inclusive),
 * as rows for HMRC's schedule, in its columns: one row per payment, after refunds (a fully
 * refunded payment is left out), dates as 25/11/26, amounts in pounds with two decimals and no £
 * sign, and a double-barrelled surname written with a space, as HMRC asks. A query, not rows,
 * so the export can stream it from a reader thread.
 */
export function giftAidScheduleQuery({
  from,
  to,
}: { from?: string | undefined; to?: string | undefined } = {}): {
  sql: string;
  params: string[];
} {
  return {
    sql: `SELECT coalesce(g.title, '') AS title, g.first_name, replace(g.last_name, '-', ' '),
                 g.house, g.postcode, '' AS aggregated, '' AS sponsored,
                 substr(d.paid_at, 9, 2) || '/' || substr(d.paid_at, 6, 2) || '/'
                   || substr(d.paid_at, 3, 2) AS paid_on,
                 printf('%.2f', d.net_pence / 100.0) AS amount
          FROM donations_net AS d JOIN gift_aid_declarations AS g ON g.checkout_id = d.checkout_id
          WHERE d.net_pence > 0 AND d.paid_at >= ? AND d.paid_at < ?
          ORDER BY d.paid_at, d.id`,
    params: [from ?? '0000', to ? `${to}T24` : '9999'],
  };
}
