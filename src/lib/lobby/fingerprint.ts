/**
 * Near-duplicate letters. Councillors discount copy-and-paste, so a letter that says almost
 * exactly what one already sent to the same council said is held back, with advice to make it
 * personal. Letters are compared as sets of overlapping five-word runs ("shingles").
 */
const SHINGLE = 5;

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** A 32-bit FNV-1a hash, enough to tell shingles apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The letter's shingles, as sorted numbers: what is stored to compare later letters with. */
export function fingerprint(text: string): number[] {
  const list = words(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= list.length; i += 1) {
    shingles.add(hash(list.slice(i, i + SHINGLE).join(' ')));
  }
  if (list.length > 0 && list.length < SHINGLE) shingles.add(hash(list.join(' ')));
  return [...shingles].sort((a, b) => a - b);
}

/** How alike two letters are, from 0 (nothing shared) to 1 (the same words in the same order). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = containment(a, b) * a.length;
  return shared / (a.length + b.length - shared);
}

/** How much of letter `a` is found in letter `b`, from 0 (none of it) to 1 (all of it). */
export function containment(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0) return 0;
  const setB = new Set(b);
  return a.filter((shingle) => setB.has(shingle)).length / a.length;
}

/** At or above this, a letter is the same letter with a few words changed. */
export const NEAR_DUPLICATE = 0.8;
