import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { ConfigurationError, readEnv } from './env.ts';

/**
 * The configured level. A setting that cannot be read is reported once, as one plain line, by
 * whatever starts the server (scripts/fail.ts); until then the log keeps to `info`.
 */
function configuredLevel(): string {
  try {
    return readEnv().LOG_LEVEL;
  } catch (error) {
    if (error instanceof ConfigurationError) return 'info';
    throw error;
  }
}

/**
 * The server's log: one JSON object per line on stdout, for journald or any log collector. It
 * carries ids, counts, timings and paths, never personal data: no email address, name, postcode,
 * IP address or query string (queries carry tokens and search terms). Fields that could hold an
 * address are censored if a caller passes one by mistake.
 */
export const LOG_OPTIONS: pino.LoggerOptions = {
  level: configuredLevel(),
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: ['email', 'to', '*.email', '*.to', 'ip'], censor: '[removed]' },
};

/**
 * Lines are written to stdout in blocks of about 4 KB rather than one write each: at a thousand
 * requests a second, a write per line costs the server a tenth of its time (measured with `npm
 * run bench`). What is still buffered is written when the process exits, even on an error; only
 * a SIGKILL loses it.
 */
export const log = pino(LOG_OPTIONS, pino.destination({ dest: 1, minLength: 4096, sync: false }));

/** A line for the start-up log, from a check made as the server starts (scripts/start.ts). */
export interface StartUpNotice {
  level: 'info' | 'warn';
  message: string;
}

const REQUEST_ID = /^[\w-]{8,64}$/;

/** The request's id: the proxy's X-Request-Id when it sent a sensible one, else a new one. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header)
    ? header
    : randomBytes(9).toString('base64url');
}

/** A path fit for the log: without its query string, and cut short if absurdly long. */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0]!;
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}
