import { randomInt } from 'node:crypto';

/**
 * The characters of a share code: digits and capitals without 0, 1, I and O, so a code read
 * aloud or copied by hand cannot be mistaken. 32 of them, 8 places: about 10^12 codes, too many
 * to find a supporter's by trying.
 */
export const SHARE_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const SHARE_CODE_LENGTH = 8;
const SHARE_CODE_SHAPE = new RegExp(`^[${SHARE_CODE_ALPHABET}]{${SHARE_CODE_LENGTH}}$`);

/** A new random share code, from the operating system's secure random source. */
export function newShareCode(): string {
  return Array.from(
    { length: SHARE_CODE_LENGTH },
    () => SHARE_CODE_ALPHABET[randomInt(SHARE_CODE_ALPHABET.length)],
  ).join('');
}

/** The code as stored (capitals), if the text is shaped like one; anything else is no code. */
export function readShareCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return SHARE_CODE_SHAPE.test(code) ? code : undefined;
}

/**
 * The ways a supporter's link can be passed on, as the `via` of the link: which service it went
 * through, or `copy` when they copied it to paste anywhere.
 */
export const SHARE_CHANNELS = ['email', 'whatsapp', 'x', 'facebook', 'bluesky', 'copy'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

/** The channel a link names, if it is one we know; anything else is no channel. */
export function readShareChannel(value: unknown): ShareChannel | undefined {
  return SHARE_CHANNELS.find((channel) => channel === value);
}

/**
 * The address a supporter shares: the page, with their code and the way it went. Only the link
 * carries them (`/join?ref=CODE&via=whatsapp`): no cookie, nothing stored in the browser.
 */
export function sharedLink(site: URL | string, path: string, code: string, via: ShareChannel) {
  const url = new URL(path, site);
  url.searchParams.set('ref', code);
  url.searchParams.set('via', via);
  return url.href;
}
