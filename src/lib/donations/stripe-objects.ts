import { z } from 'zod';

// The parts of Stripe's objects (API version 2026-10-28) that the webhook acts on, checked: an
// event missing one is answered 400 and changes nothing. Only these fields are read, so Stripe
// adding fields never matters.

// Stripe sends an object or its id in the same place, depending on expansion.
const idOf = z.union([z.string(), z.object({ id: z.string() }).transform((o) => o.id)]);
const Metadata = z.record(z.string(), z.string()).nullish();
/** Our reference for a gift, which every object we start in Stripe carries in its metadata. */
export const referenceIn = (metadata: z.infer<typeof Metadata>) => metadata?.donation_reference;

export const CheckoutSession = z.object({
  id: z.string(),
  mode: z.string(),
  client_reference_id: z.string().nullish(),
  metadata: Metadata,
  payment_status: z.string(),
  payment_intent: idOf.nullish(),
  subscription: idOf.nullish(),
  customer: idOf.nullish(),
  amount_total: z.number().int().nullish(),
});
export const Invoice = z.object({
  id: z.string(),
  amount_paid: z.number().int(),
  customer: idOf,
  parent: z
    .object({
      subscription_details: z.object({ subscription: idOf, metadata: Metadata }).nullish(),
    })
    .nullish(),
  status_transitions: z.object({ paid_at: z.number().int().nullish() }).nullish(),
});
export const Charge = z.object({
  id: z.string(),
  payment_intent: idOf.nullish(),
  amount_refunded: z.number().int().min(0),
});
export const Subscription = z.object({
  id: z.string(),
  customer: idOf,
  metadata: Metadata,
  canceled_at: z.number().int().nullish(),
});
export const PaymentIntent = z.object({
  id: z.string(),
  metadata: Metadata,
  last_payment_error: z
    .object({ code: z.string().nullish(), decline_code: z.string().nullish() })
    .nullish(),
});
