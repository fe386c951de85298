/**
 * The idempotency keys of a letter's emails: built here for both letters.ts, which queues them,
 * and retention.ts, which deletes them with the letter. `*` in place of a key's last part names
 * every key before it (deleteEmails).
 */
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
