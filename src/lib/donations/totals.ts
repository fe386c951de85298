import { statement, type Db } from '../db.ts';

export interface DonationTotals {
  oneOff: { gifts: number; pence: number };
  /** Monthly payments received so far. */
  monthly: { payments: number; pence: number };
  /** Monthly gifts still running, and what they bring in each month. */
  activeMonthly: { donors: number; pencePerMonth: number };
  /** Received (after refunds) with a Gift Aid declaration, and the Gift Aid to claim on it. */
  giftAid: { payments: number; pence: number; claimablePence: number };
  refundedPence: number;
  /** Payments Stripe could not take in the last 30 days. */
  failedLast30Days: number;
}

/** Money received, as Stripe's verified webhooks reported it, net of refunds; for the dashboard. */
export function donationTotals(db: Db, now: Date): DonationTotals {
  const received = statement(
    db,
    `SELECT count(*) FILTER (WHERE frequency = 'one-off' AND net_pence > 0) AS oneOffGifts,
            coalesce(sum(net_pence) FILTER (WHERE frequency = 'one-off'), 0) AS oneOffPence,
            count(*) FILTER (WHERE frequency = 'monthly' AND net_pence > 0) AS monthlyPayments,
            coalesce(sum(net_pence) FILTER (WHERE frequency = 'monthly'), 0) AS monthlyPence,
            coalesce(sum(refunded_pence), 0) AS refundedPence,
            count(*) FILTER (WHERE g.id IS NOT NULL AND net_pence > 0) AS giftAidPayments,
            coalesce(sum(net_pence) FILTER (WHERE g.id IS NOT NULL), 0) AS giftAidPence,
            coalesce(sum(net_pence / 4) FILTER (WHERE g.id IS NOT NULL), 0) AS claimablePence
     FROM donations_net AS d LEFT JOIN gift_aid_declarations AS g ON g.checkout_id = d.checkout_id`,
  ).get() as Record<string, number>;
  const active = statement(
    db,
    `SELECT count(DISTINCT stripe_customer_id) AS donors, coalesce(sum(amount_pence), 0) AS pence
     FROM donation_subscriptions WHERE state = 'active'`,
  ).get() as { donors: number; pence: number };
  const failed = statement(
    db,
    'SELECT count(*) FROM donation_payment_failures WHERE failed_at >= ?',
  )
    .pluck()
    .get(new Date(now.getTime() - 30 * 86_400_000).toISOString()) as number;
  return {
    oneOff: { gifts: received.oneOffGifts!, pence: received.oneOffPence! },
    monthly: { payments: received.monthlyPayments!, pence: received.monthlyPence! },
    activeMonthly: { donors: active.donors, pencePerMonth: active.pence },
    giftAid: {
      payments: received.giftAidPayments!,
      pence: received.giftAidPence!,
      claimablePence: received.claimablePence!,
    },
    refundedPence: received.refundedPence!,
    failedLast30Days: failed,
  };
}
