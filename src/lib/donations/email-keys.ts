/**
 * The idempotency key of a payment's receipt: built here for both events.ts, which queues it,
 * and retention.ts, which deletes it with the donor's details.
 */
export const receiptEmailKey = (donationId: number | bigint) => `donation-receipt:${donationId}`;
