import { readEnv, type Env } from '../env.ts';
import { createAddressLimit, createFailureLimit } from './rate-limit.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** One limit: how many, in what window, counted per what, and what a person is told past it. */
interface Limit {
  /** A number, or the setting campaigners may change it with. */
  value: number | ((env: Env) => number);
  windowMs: number;
  /**
   * What is counted per: a visitor's network address (an IPv6 one by its /64), a campaign
   * account, or an account from one address (so a stranger cannot lock the owner out).
   */
  key: 'address' | 'account' | 'account from address';
  /** Failure limits count only what failed (a wrong password); the rest count every request. */
  counts: 'requests' | 'failures';
  /** What a person is told; `what` names the form when several share one limit. */
  message: (what?: string) => string;
}

const tooManyTries = (orElse?: string) =>
  `Too many tries. Wait fifteen minutes, then try again${orElse ? `, ${orElse}` : ''}.`;

/**
 * Every rate limit on the site, in one table. Each number is either fixed here, where a person
 * never needs more, or read from the setting named, where campaigners may need to change it
 * without a release (a big day for pledges, say).
 */
export const LIMITS = {
  pledges: {
    value: (env) => env.PLEDGES_PER_IP_PER_HOUR,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: () =>
      'We have had a lot of pledges from your connection in the last hour. Please try again later.',
  },
  privacyLinks: {
    value: 10,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: () =>
      'We have had a lot of requests from your connection in the last hour. Please try again later.',
  },
  /** Each ask can send an email (a donor's manage link, a campaigner's password link). */
  emailLinks: {
    value: 10,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: () => 'We have had a lot of requests from your connection. Please try again later.',
  },
  /** A writer previews a few times; hundreds an hour is someone using the form for something else. */
  letterPreviews: {
    value: 60,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: () =>
      'We have had a lot of letters to check from your connection in the last hour. Please try again later; your letter is still here.',
  },
  letters: {
    value: (env) => env.LETTERS_PER_IP_PER_HOUR,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: () =>
      'We have had a lot of letters from your connection in the last hour. Please try again later; your letter is still here.',
  },
  comments: {
    value: (env) => env.COMMENTS_PER_IP_PER_HOUR,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: () =>
      'We have had a lot of comments from your connection in the last hour. Please try again later; your comment is still here.',
  },
  donations: {
    value: (env) => env.DONATIONS_PER_IP_PER_HOUR,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: () =>
      'We have had a lot of gifts started from your connection in the last hour. Please try again later, or email us.',
  },
  /** Enough for a person correcting a few records; not enough to flood the review queue. */
  councilReports: {
    value: 10,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: () =>
      'We have had a lot of reports from you in the last hour. Please try again later.',
  },
  /**
   * Signing requests and self-assessment links each email someone: enough for an officer who
   * mistypes twice, not for a mail cannon. One count for both forms.
   */
  councilEmails: {
    value: (env) => env.COUNCIL_EMAILS_PER_IP_PER_HOUR,
    windowMs: HOUR,
    key: 'address',
    counts: 'requests',
    message: (what) =>
      `We have sent several emails for ${what} from your connection in the last hour. Please try again later; what you typed is still here.`,
  },
  /**
   * Shared by every page that looks a postcode up: generous for people, but it stops one address
   * using us to sweep postcodes.io.
   */
  postcodeLookups: {
    value: 30,
    windowMs: MINUTE,
    key: 'address',
    counts: 'requests',
    message: (what) => `You have ${what} in the last minute. Please wait a moment and try again.`,
  },
  loginsByAddress: {
    value: (env) => env.LOGINS_PER_IP_PER_15_MIN,
    windowMs: 15 * MINUTE,
    key: 'address',
    counts: 'failures',
    message: tooManyTries,
  },
  loginsByAccount: {
    value: (env) => env.LOGINS_PER_ACCOUNT_PER_15_MIN,
    windowMs: 15 * MINUTE,
    key: 'account from address',
    counts: 'failures',
    message: tooManyTries,
  },
  /**
   * Wrong codes on set-password links: a link from someone's inbox gets no more guesses at their
   * phone than the login form gives. Apart from the login limits, so that the owner's own link
   * works while those hold.
   */
  setPasswordCodes: {
    value: (env) => env.LOGINS_PER_ACCOUNT_PER_15_MIN,
    windowMs: 15 * MINUTE,
    key: 'account',
    counts: 'failures',
    message: tooManyTries,
  },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

/** The names of the limits that count `counts`, per `key`. */
type LimitsWhere<K extends Limit['key'], C extends Limit['counts']> = {
  [N in LimitName]: (typeof LIMITS)[N] extends { key: K; counts: C } ? N : never;
}[LimitName];

/** The number a limit allows, read from the settings when it is one. */
export function limitValue(name: LimitName, env?: Env): number {
  const { value } = LIMITS[name] as Limit;
  return typeof value === 'number' ? value : value(env ?? readEnv());
}

/** The limits on a visitor's requests, counted per network address. */
export type AddressLimitName = LimitsWhere<'address', 'requests'>;

/** A per-visitor limit on requests from the table: true while the visitor is within it. */
export function addressLimit(name: AddressLimitName, env?: Env): (address: string) => boolean {
  return createAddressLimit({ limit: limitValue(name, env), windowMs: LIMITS[name].windowMs });
}

/** A limit on failures from the table, per whatever key the caller counts by. */
export function failureLimit(name: LimitsWhere<Limit['key'], 'failures'>, env?: Env) {
  return createFailureLimit({ limit: limitValue(name, env), windowMs: LIMITS[name].windowMs });
}
