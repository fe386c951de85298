import { limitKeyOf } from '../http/network.ts';
import { LIMITS } from '../http/limits.ts';
import { createFailureLimit } from '../http/rate-limit.ts';

/**
 * How password guessing is slowed: failed logins (a wrong password or a wrong code) are counted
 * per network address, and per account from each address, for 15 minutes; a login that succeeds
 * costs nothing. Counting an account per address means a stranger's guesses use up only their
 * own address's tries, so they cannot lock the owner out; the owner who locks themselves out
 * gets back in by a link emailed to them, which no login limit stops.
 */
export function createLoginLimits({
  perAddress,
  perAccount,
  now,
}: {
  perAddress: number;
  perAccount: number;
  now?: () => number;
}) {
  const byAddress = createFailureLimit({
    limit: perAddress,
    windowMs: LIMITS.loginsByAddress.windowMs,
    now,
  });
  const byAccount = createFailureLimit({
    limit: perAccount,
    windowMs: LIMITS.loginsByAccount.windowMs,
    now,
  });
  // An address counts as limitKeyOf has it: an IPv6 visitor by their /64.
  const accountFrom = (email: string, address: string) =>
    `${email.toLowerCase()} ${limitKeyOf(address)}`;
  return {
    allows: (email: string, address: string): boolean =>
      byAddress.allows(limitKeyOf(address)) && byAccount.allows(accountFrom(email, address)),
    failed(email: string, address: string): void {
      byAddress.fail(limitKeyOf(address));
      byAccount.fail(accountFrom(email, address));
    },
  };
}
