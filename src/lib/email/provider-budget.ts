/**
 * Resend limits requests a second per team, across every API key (2 by default, raised on
 * request: https://resend.com/docs/api-reference/rate-limit), so the outbox and the mailing sender
 * draw on one budget. Requests are spaced to stay under the limit (RESEND_REQUESTS_PER_SECOND)
 * rather than sent until Resend answers 429: each 429 costs a second's wait, and at a spike that
 * fills every request those lost seconds are what confirmations would queue behind.
 * Transactional email comes first: a confirmation must not wait behind a campaign. The outbox
 * sends whenever it has something due and a request is free; the mailing sender, paced at
 * MAILING_EMAILS_PER_SECOND too, also holds back while the outbox has emails due. When Resend
 * answers 429 all the same (another client on the team, a used-up quota), both wait as long as it
 * says, on the real clock. One of these is shared by both in the server process (scripts/start.ts).
 */
export interface ProviderBudget {
  /** How long until the next request may go, in ms: 0 when one may go now. */
  untilNextRequest(): number;
  /** Books a request made now: the next one may go a request's share of a second later. */
  spend(): void;
  /** The provider refused a request for the team's rate or quota: nobody sends for `ms`. */
  holdFor(ms: number): void;
  /** Whether the provider asked everyone to wait and the time is not up. */
  held(): boolean;
  /** Set by the outbox after each round: whether it still has emails due. */
  setTransactionalWaiting(waiting: boolean): void;
  /** Whether a campaign batch may take a request now. */
  campaignMayGo(): boolean;
}

/**
 * Requests are spaced 5% wider than the limit allows: a request that reaches the provider a few
 * milliseconds early after one that was late would otherwise be its sixth in a second.
 */
const MARGIN = 1.05;

export function providerBudget(requestsPerSecond = Infinity): ProviderBudget {
  const spacingMs = (1000 / requestsPerSecond) * MARGIN;
  let heldUntil = 0;
  let nextRequestAt = 0;
  let transactionalWaiting = false;
  const held = () => Date.now() < heldUntil;
  return {
    untilNextRequest: () => Math.max(0, heldUntil - Date.now(), nextRequestAt - Date.now()),
    spend() {
      nextRequestAt = Math.max(nextRequestAt, Date.now()) + spacingMs;
    },
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
