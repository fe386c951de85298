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
 * one row per payment, after refunds (a fully refunded payment is left out): the query, for a
 * caller that streams it (the export), with `scheduleRow` to turn each raw row into the schedule's.
 */
export function giftAidScheduleQuery({
  from,
  to,
}: { from?: string | undefined; to?: string | undefined } = {}): {
  sql: string;
  params: string[];
} {
  return {
    sql: `SELECT coalesce(g.title, '') AS title, g.first_name, g.last_name, g.house, g.postcode,
                 d.paid_at, d.net_pence
          FROM donations_net AS d JOIN gift_aid_declarations AS g ON g.checkout_id = d.checkout_id
          WHERE d.net_pence > 0 AND d.paid_at >= ? AND d.paid_at < ?
          ORDER BY d.paid_at, d.id`,
    params: [from ?? '0000', to ? `${to}T24` : '9999'],
  };
}

/**
 * A raw row of `giftAidScheduleQuery` as a row of HMRC's schedule: amounts in pounds with two
 * decimals and no £ sign, and a double-barrelled surname written with a space, as HMRC asks.
 */
export function scheduleRow(raw: readonly unknown[]): string[] {
  const [title, firstName, lastName, house, postcode, paidAt, pence] = raw as [
    string,
    string,
    string,
    string,
    string,
    string,
    number,
  ];
  return [
    title,
    firstName,
    lastName.replaceAll('-', ' '),
    house,
    postcode,
    '',
    '',
    scheduleDate(paidAt),
    (pence / 100).toFixed(2),
  ];
}
