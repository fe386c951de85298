import { createHash, randomBytes } from 'node:crypto';

/** A random, unguessable token for an emailed link (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of the token, so a copy of the database cannot be used to confirm. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What newToken makes looks like this; anything else is not worth a database lookup. */
export function isTokenShaped(value: string): boolean {
  return /^[\w-]{20,64}$/.test(value);
}
