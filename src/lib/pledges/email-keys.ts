/**
 * The idempotency keys of the emails about a pledge and its supporter: built here for both the
 * code that queues them and the rules that delete them with the pledge (retention, erasure,
 * removing fakes). `*` in place of a key's last part names every key before it (deleteEmails).
 */
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
