import { statement, type Db } from '../db.ts';
import { NEAR_DUPLICATE, similarity } from './fingerprint.ts';

/*
 * Finding a near-duplicate among the letters already sent to a council without reading them all.
 * Each sent letter gets a MinHash signature: for each of HASHES hash functions, the smallest hash
 * of any of its shingles. Two letters agree on one entry with probability equal to their Jaccard
 * similarity s. The signature is cut into BANDS bands of ROWS entries, and each band's hash is
 * stored; a new letter's candidates are the letters sharing at least one band hash with it, and
 * only those are compared exactly (fingerprint.ts), so a match is never a false alarm.
 *
 * A pair is a candidate with probability 1 - (1 - s^ROWS)^BANDS. With 25 bands of 5 rows:
 *   s = 0.8:  0.8^5 = 0.328;   1 - 0.672^25 = 1 - 4.9e-5   (a copy is missed 1 time in 20,000)
 *   s = 0.7:  0.7^5 = 0.168;   1 - 0.832^25 = 0.990
 *   s = 0.5:  0.5^5 = 0.031;   1 - 0.969^25 = 0.55
 *   s = 0.3:  0.3^5 = 0.0024;  1 - 0.998^25 = 0.059
 * 32 bands of 4 rows would miss fewer copies (1 in 20 million) but make 23% of pairs at s = 0.3
 * candidates; 21 of 6 misses 1 copy in 600. Letters that keep the suggested opening share most of
 * it, so pairs at 0.5 to 0.75 are common: those are candidates whatever the choice, and their
 * exact check is what the near-duplicate check still spends time on.
 *
 * Changing BANDS, ROWS or the hashes makes the stored band hashes meaningless: a migration that
 * empties `letter_bands` lets `indexUnindexedLetters` rebuild them at the next start.
 */
const BANDS = 25;
const ROWS = 5;
const HASHES = BANDS * ROWS;

/** MurmurHash3's finaliser: a bijection on 32 bits in which every input bit moves every output bit. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * One seed per hash function, fixed: stored band hashes must come out the same in every process.
 * Multiples of the golden ratio are distinct for every index, and mixing spreads their bits.
 */
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)));

/**
 * The letter's MinHash signature: entry i is the least of `mix(shingle ^ seed i)` over its
 * shingles. The fraction of entries two signatures share estimates the letters' `similarity`.
 */
export function signature(shingles: readonly number[]): Uint32Array {
  const least = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < HASHES; i += 1) {
      const hashed = mix(shingle ^ SEEDS[i]!);
      if (hashed < least[i]!) least[i] = hashed;
    }
  }
  return least;
}

/** One hash per band of the signature, in band order: what `letter_bands` stores and is searched by. */
function bandHashes(shingles: readonly number[]): number[] {
  const entries = signature(shingles);
  return Array.from({ length: BANDS }, (_, band) => {
    let hashed = band;
    for (let row = band * ROWS; row < (band + 1) * ROWS; row += 1) {
      hashed = mix(hashed ^ entries[row]!);
    }
    return hashed;
  });
}

/**
 * Adds a sent letter to the band index, from the fingerprint stored with it: the same shingles
 * its candidates are checked against, and its own council. Adding a letter twice changes nothing.
 */
export function indexLetter(db: Db, letterId: number): void {
  const letter = statement(
    db,
    'SELECT council_id AS councilId, fingerprint FROM letters WHERE id = ?',
  ).get(letterId) as { councilId: number; fingerprint: string } | undefined;
  if (!letter) return;
  const insert = statement(
    db,
    `INSERT INTO letter_bands (letter_id, council_id, band, hash) VALUES (?, ?, ?, ?)
     ON CONFLICT (letter_id, band) DO NOTHING`,
  );
  bandHashes(JSON.parse(letter.fingerprint) as number[]).forEach((hash, band) =>
    insert.run(letterId, letter.councilId, band, hash),
  );
}

/**
 * Indexes every sent letter that has no band rows: those sent before the index existed (the
 * migration cannot compute hashes in SQL), or after its parameters changed. Run at start-up; when
 * every letter is indexed it is one pass over sent letters' ids, each probing the index by its
 * primary key. Returns how many letters it indexed.
 */
export function indexUnindexedLetters(db: Db): number {
  return db.transaction(() => {
    const unindexed = statement(
      db,
      `SELECT id FROM letters AS l WHERE state = 'sent'
       AND NOT EXISTS (SELECT 1 FROM letter_bands AS b WHERE b.letter_id = l.id)`,
    )
      .pluck()
      .all() as number[];
    for (const id of unindexed) indexLetter(db, id);
    return unindexed.length;
  })();
}

/**
 * Whether a letter with these shingles is a near-duplicate of one sent to the council since
 * `since` (an ISO time): the letters sharing a band with it, each compared exactly. Its cost grows
 * with the letters that look alike, not with every letter the council has had.
 */
export function findNearDuplicate(
  db: Db,
  councilId: number,
  shingles: readonly number[],
  since: string,
): boolean {
  // An empty letter is like nothing (`similarity` is 0), and would share every band with another.
  if (shingles.length === 0) return false;
  // CROSS JOIN keeps the band hashes outermost, each one an index lookup: left to itself, SQLite
  // read every band row of the council and searched the hashes for each.
  const candidates = statement(
    db,
    `SELECT fingerprint FROM letters
     WHERE id IN (SELECT b.letter_id FROM json_each(?) AS wanted
                  CROSS JOIN letter_bands AS b
                    ON b.council_id = ? AND b.band = wanted.key AND b.hash = wanted.value)
       AND state = 'sent' AND created_at > ?`,
  )
    .pluck()
    .iterate(JSON.stringify(bandHashes(shingles)), councilId, since) as IterableIterator<string>;
  for (const other of candidates) {
    if (similarity(shingles, JSON.parse(other) as number[]) >= NEAR_DUPLICATE) return true;
  }
  return false;
}
