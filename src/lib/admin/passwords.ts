import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(argon2);

/**
 * OWASP's recommended argon2id settings for a server (19 MiB, 2 passes, 1 lane): about 60 ms on
 * this site's two cores, which is nothing for a person logging in and a lot for a guesser.
 * They are written into each hash, so raising them later still verifies older hashes.
 */
const SETTINGS = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

/** An argon2id hash in the PHC string format other tools read: `$argon2id$v=19$m=…,t=…,p=…$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  const nonce = randomBytes(16);
  const tag = await derive('argon2id', { message: password, nonce, ...SETTINGS });
  const { memory: m, passes: t, parallelism: p } = SETTINGS;
  return `$argon2id$v=19$m=${m},t=${t},p=${p}$${b64(nonce)}$${b64(tag)}`;
}

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** Whether `password` is the one `hash` was made from; a malformed hash matches nothing. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const match = PHC.exec(hash);
  if (!match) return false;
  const [, m, t, p, salt, expected] = match;
  const want = Buffer.from(expected!, 'base64');
  const tag = await derive('argon2id', {
    message: password,
    nonce: Buffer.from(salt!, 'base64'),
    memory: Number(m),
    passes: Number(t),
    parallelism: Number(p),
    tagLength: want.length,
  });
  return timingSafeEqual(tag, want);
}
