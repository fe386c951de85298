/**
 * Resend limits requests a second per team, across every API key (2 by default, raised on
 * request: https://resend.com/docs/api-reference/rate-limit), so the outbox and the mailing sender
 * draw on one budget. Transactional email comes first: a confirmation must not wait behind a
 * campaign. The outbox sends whenever it has something due; the mailing sender, already paced at
 * MAILING_EMAILS_PER_SECOND (one batch request a second by default), also holds back while the
 * outbox has emails due. When Resend answers 429, both wait as long as it says, on the real clock.
 * One of these is shared by both in the server process (scripts/start.ts).
 */
export interface ProviderBudget {
  /** The provider refused a request for the team's rate or quota: nobody sends for `ms`. */
  holdFor(ms: number): void;
  /** Whether the provider asked everyone to wait and the time is not up. */
  held(): boolean;
  /** Set by the outbox after each round: whether it still has emails due. */
  setTransactionalWaiting(waiting: boolean): void;
  /** Whether a campaign batch may take a request now. */
  campaignMayGo(): boolean;
}

export function providerBudget(): ProviderBudget {
  let heldUntil = 0;
  let transactionalWaiting = false;
  const held = () => Date.now() < heldUntil;
  return {
    holdFor(ms) {
      heldUntil = Math.max(heldUntil, Date.now() + ms);
    },
    held,
    setTransactionalWaiting(waiting) {
      transactionalWaiting = waiting;
    },
    campaignMayGo: () => !held() && !transactionalWaiting,
  };
}
