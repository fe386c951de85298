import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Names the way a secret was sealed, so another way can be added beside it later. */
const VERSION = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A secret sealed with AES-256-GCM under `key`: `v1:` then the IV, tag and ciphertext in base64. */
export function sealSecret(secret: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

/** The secret, or undefined when it was sealed under another key or has been changed. */
export function openSecret(sealed: string, key: Buffer): string | undefined {
  if (!sealed.startsWith(VERSION)) return undefined;
  const bytes = Buffer.from(sealed.slice(VERSION.length), 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}
