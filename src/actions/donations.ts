import { ActionError, defineAction } from 'astro:actions';
import { getDb } from '../lib/db.ts';
import { startDonation } from '../lib/donations/checkouts.ts';
import { findManagedGift, requestManageLink } from '../lib/donations/manage.ts';
import { DonateFormSchema } from '../lib/donations/schema.ts';
import { describeStripeError, configuredPayments } from '../lib/donations/stripe.ts';
import { readEnv } from '../lib/env.ts';
import { log } from '../lib/log.ts';
import { emailLinkAction } from './email-link.ts';
import { requestLimit, tokenAction } from './shapes.ts';

const env = readEnv();
const checkoutsByIp = requestLimit('donations', env);

const NOT_SET_UP = 'Donations are not set up on this site yet, so nothing has been charged.';
const STRIPE_DOWN =
  'We could not reach our card payment provider, so nothing has been charged. Please try again in a few minutes.';

/** Stripe as configured, or the refusal a form shows when donations are not set up. */
function paymentsOrRefusal() {
  const payments = configuredPayments();
  if (!payments) throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: NOT_SET_UP });
  return payments;
}

export const donations = {
  /** Records what someone wants to give, then sends them to Stripe Checkout to pay. */
  startDonation: defineAction({
    accept: 'form',
    input: DonateFormSchema,
    handler: async (form, context) => {
      const stripe = paymentsOrRefusal();
      checkoutsByIp(context.clientAddress);
      const outcome = await startDonation(getDb(), stripe, form, {
        siteUrl: env.SITE_URL,
        now: new Date(),
      });
      if (outcome.kind === 'stripe-failed') {
        throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: STRIPE_DOWN });
      }
      return { url: outcome.url };
    },
  }),

  /** Emails a monthly donor a link to manage their gift (or nothing, if the address does not give). */
  requestManageLink: emailLinkAction((email, now) =>
    requestManageLink(getDb(), email, env.SITE_URL, now),
  ),

  /** Opens Stripe's customer portal for the donor a manage link belongs to. */
  openDonorPortal: tokenAction(async (token) => {
    const stripe = paymentsOrRefusal();
    const gift = findManagedGift(getDb(), token, new Date());
    if (!gift) {
      throw new ActionError({
        code: 'NOT_FOUND',
        message: 'This link has expired. Ask for a new one below.',
      });
    }
    try {
      return {
        url: await stripe.createPortal(
          gift.customerId,
          `${env.SITE_URL}/donate/manage?token=${encodeURIComponent(token)}`,
        ),
      };
    } catch (error) {
      log.error({ stripe: describeStripeError(error) }, 'Stripe portal failed');
      throw new ActionError({
        code: 'SERVICE_UNAVAILABLE',
        message: 'We could not reach Stripe just now. Please try again in a few minutes.',
      });
    }
  }),
};
