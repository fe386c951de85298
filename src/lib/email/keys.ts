/**
 * Every email's idempotency key, built in one place for both the code that queues an email and
 * the rules that delete it with what it was about (retention, erasure, removing fakes). Kept
 * together because a domain sometimes deletes another's email about the same person: removing a
 * pledge deletes the "your council has signed" note the signing domain sent to it. `*` in place
 * of a key's last part names every key before it (deleteEmails).
 */

/** The emails about a pledge and its supporter. */
export const pledgeEmailKeys = {
  /** One per link sent (a pending pledge may ask for its confirmation again); `*` for all. */
  confirmation: (supporterId: number, tokenHash: string) =>
    `confirm:${supporterId}:${tokenHash.slice(0, 16)}`,
  /** "You're already in", one each time a confirmed supporter pledges again; `*` for all. */
  alreadyIn: (supporterId: number, at: Date | '*') =>
    `already:${supporterId}:${at === '*' ? '*' : at.getTime()}`,
  /** A link to download or delete one's data. */
  privacyLink: (tokenHash: string) => `privacy:${tokenHash.slice(0, 16)}`,
};

/** The emails of a council's signing. */
export const signingEmailKeys = {
  verify: (requestId: number | bigint) => `signing-verify:${requestId}`,
  /** "Your council has signed", to one supporter there. */
  councilSigned: (councilId: number, supporterId: number) =>
    `council-signed:${councilId}:${supporterId}`,
};

/** A letter's emails. */
export const letterEmailKeys = {
  confirmation: (tokenHash: string) => `confirm-letter:${tokenHash.slice(0, 16)}`,
  /** One per councillor or officer written to; `*` for all of them. */
  toTarget: (letterId: number, targetEmail: string) => `letter:${letterId}:${targetEmail}`,
  /** The writer's copy each time their letter goes: once, and again if a held letter reaches more people later. */
  copy: (letterId: number, firstTargetId: number | '*') =>
    `letter-copy:${letterId}:${firstTargetId}`,
  /** A person's digest of a busy day's letters (src/lib/lobby/letter-delivery.ts). */
  digest: (targetId: number, day: string) => `letter-digest:${targetId}:${day}`,
  /** A held letter that expired unsent. */
  heldExpired: (letterId: number) => `letter-held-expired:${letterId}`,
  followUp: (letterId: number) => `letter-follow-up:${letterId}`,
  /** Each time (a moment) the writer writes again too soon after this letter; `*` for all. */
  tooSoon: (letterId: number, at: string) => `letter-too-soon:${letterId}:${at}`,
};

/** A payment's receipt. */
export const receiptEmailKey = (donationId: number | bigint) => `donation-receipt:${donationId}`;
