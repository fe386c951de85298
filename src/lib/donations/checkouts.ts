import { statement, type Db } from '../db.ts';
import { isTokenShaped, newToken } from '../tokens.ts';
import type { Frequency } from './amount.ts';
import { GIFT_AID_DECLARATION } from './gift-aid.ts';
import type { DonateForm } from './schema.ts';
import { describeStripeError, type Payments } from './stripe.ts';
import { log } from '../log.ts';

export type StartOutcome =
  | { kind: 'checkout'; url: string }
  /** Stripe did not answer, or refused: nothing was charged, and the form can be sent again. */
  | { kind: 'stripe-failed' };

/**
 * Writes down what someone asked to give (with their Gift Aid declaration, if they made one), then
 * asks Stripe for a Checkout page to take the money. The row comes first, so that whatever Stripe
 * later tells us about this reference finds it; a row whose checkout is never completed is
 * deleted after a few days (see retention.ts).
 */
export async function startDonation(
  db: Db,
  payments: Payments,
  form: DonateForm,
  { siteUrl, now }: { siteUrl: string; now: Date },
): Promise<StartOutcome> {
  const reference = newToken();
  db.transaction(() => {
    const checkoutId = statement(
      db,
      `INSERT INTO donation_checkouts (reference, frequency, amount_pence, email, created_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(
      reference,
      form.frequency,
      form.amountPence,
      form.email,
      now.toISOString(),
    ).lastInsertRowid;
    if (form.giftAid) {
      const g = form.giftAid;
      statement(
        db,
        `INSERT INTO gift_aid_declarations
           (checkout_id, title, first_name, last_name, house, postcode, text_version, declared_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        checkoutId,
        g.title,
        g.firstName,
        g.lastName,
        g.house,
        g.postcode,
        GIFT_AID_DECLARATION.version,
        now.toISOString(),
      );
    }
  })();
  let session: { id: string; url: string };
  try {
    session = await payments.createCheckout({
      reference,
      frequency: form.frequency,
      amountPence: form.amountPence,
      email: form.email,
      successUrl: `${siteUrl}/donate/thanks?ref=${reference}`,
      cancelUrl: `${siteUrl}/donate?cancelled=${reference}`,
    });
  } catch (error) {
    log.error({ stripe: describeStripeError(error) }, 'Stripe checkout failed');
    return { kind: 'stripe-failed' };
  }
  statement(db, 'UPDATE donation_checkouts SET stripe_session_id = ? WHERE reference = ?').run(
    session.id,
    reference,
  );
  return { kind: 'checkout', url: session.url };
}

export interface CheckoutStatus {
  frequency: Frequency;
  amountPence: number;
  /** Stripe has told us, by a verified webhook, that the first payment arrived. */
  received: boolean;
  giftAid: boolean;
  /** Why the latest attempt to pay failed, if it did and nothing has arrived since. */
  failure: string | null;
}

/** What the thank-you page may say about a checkout: only what the webhook has confirmed. */
export function checkoutStatus(db: Db, reference: string): CheckoutStatus | undefined {
  if (!isTokenShaped(reference)) return undefined;
  const row = statement(
    db,
    `SELECT c.frequency, c.amount_pence AS amountPence,
            EXISTS (SELECT 1 FROM donations AS d WHERE d.checkout_id = c.id) AS received,
            EXISTS (SELECT 1 FROM gift_aid_declarations AS g WHERE g.checkout_id = c.id) AS giftAid,
            (SELECT f.reason FROM donation_payment_failures AS f WHERE f.checkout_id = c.id
             ORDER BY f.failed_at DESC LIMIT 1) AS failure
     FROM donation_checkouts AS c WHERE c.reference = ?`,
  ).get(reference) as
    | {
        frequency: Frequency;
        amountPence: number;
        received: number;
        giftAid: number;
        failure: string | null;
      }
    | undefined;
  return (
    row && {
      ...row,
      received: row.received === 1,
      giftAid: row.giftAid === 1,
      failure: row.received ? null : row.failure,
    }
  );
}

/**
 * What someone chose before leaving Stripe's page without paying, for filling the form again: how
 * often and how much, and nothing that says who they are. The return address is in their browser's
 * history and may be shared or seen; their email, name and address must not come back with it.
 */
export interface UnpaidGift {
  frequency: Frequency;
  amountPence: number;
}

/** A checkout that was left unpaid, as far as the form may show it; undefined once paid or forgotten. */
export function unpaidCheckout(db: Db, reference: string): UnpaidGift | undefined {
  if (!isTokenShaped(reference)) return undefined;
  return statement(
    db,
    `SELECT frequency, amount_pence AS amountPence FROM donation_checkouts
     WHERE reference = ? AND state = 'open' AND email IS NOT NULL`,
  ).get(reference) as UnpaidGift | undefined;
}
