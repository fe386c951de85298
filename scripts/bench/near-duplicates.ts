import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCouncils } from '../../src/lib/councils/queries.ts';
import { openDatabase, type Db } from '../../src/lib/db.ts';
import { fingerprint, NEAR_DUPLICATE, similarity } from '../../src/lib/lobby/fingerprint.ts';
import {
  findNearDuplicate,
  indexLetter,
  indexUnindexedLetters,
} from '../../src/lib/lobby/near-duplicates.ts';
import { suggestLetter } from '../../src/lib/lobby/suggested-letter.ts';
import { seedDatabase } from '../../src/lib/site/seed.ts';

/*
 * The near-duplicate check with many letters sent to one council in the last 30 days: the band
 * index (near-duplicates.ts) against the check it replaced, which compared a new letter with
 * every letter sent there, written out again below as it was. Both run in this process on the
 * same database file, migrated as the site migrates one, so the ratio means something anywhere.
 */

const COUNCIL = 'kent';
/** Sizes measured, in letters sent to the council within the window; the largest is the target. */
const SIZES = [1_000, 10_000];
/** New letters checked at each size with the band index. */
const CHECKS = 1_000;
/** The full scan takes a tenth of a second or more a check at 10,000 letters: a sample of them. */
const FULL_SCAN_CHECKS = 200;
const DAY = 86_400_000;

/** A seeded generator (mulberry32): the same letters every run. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Made-up words, enough that two writers' own paragraphs share almost no five-word run. */
function vocabulary(random: () => number): string[] {
  return Array.from({ length: 5_000 }, () =>
    Array.from({ length: 3 + Math.floor(random() * 7) }, () =>
      String.fromCharCode(97 + Math.floor(random() * 26)),
    ).join(''),
  );
}

/**
 * What the check compares: each writer's own words, without the suggested opening (which is the
 * same in every letter to a council, so letters that keep it would all look alike). The fewest
 * words the form takes (50 characters) is about ten.
 */
const SCENARIOS = [{ name: 'own words', opening: false, ownWords: [10, 150] }] as const;
type Scenario = (typeof SCENARIOS)[number];

function letterWriter(scenario: Scenario, opening: string, seed: number): () => string {
  const random = randomNumbers(seed);
  const words = vocabulary(random);
  const [fewest, most] = scenario.ownWords;
  return () => {
    const count = fewest + Math.floor(random() * (most - fewest + 1));
    const own = Array.from({ length: count }, () => words[Math.floor(random() * words.length)]);
    return scenario.opening ? `${opening}\n\n${own.join(' ')}` : own.join(' ');
  };
}

/** The check as it was before the band index: every letter sent there in the window, compared. */
function fullScan(db: Db, councilId: number, shingles: number[], since: string): boolean {
  const sent = db
    .prepare(
      `SELECT fingerprint FROM letters WHERE council_id = ? AND state = 'sent' AND created_at > ?`,
    )
    .pluck()
    .all(councilId, since) as string[];
  return sent.some(
    (other) => similarity(shingles, JSON.parse(other) as number[]) >= NEAR_DUPLICATE,
  );
}

function timeEach(
  letters: number[][],
  check: (shingles: number[]) => boolean,
): { ms: number[]; found: boolean[] } {
  // A first pass compiles the code paths, as a running site would have.
  for (const shingles of letters.slice(0, 50)) check(shingles);
  const ms: number[] = [];
  const found: boolean[] = [];
  for (const shingles of letters) {
    const started = performance.now();
    found.push(check(shingles));
    ms.push(performance.now() - started);
  }
  return { ms, found };
}

function percentile(ms: number[], fraction: number): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

export interface NearDuplicateRow {
  letters: string;
  'sent letters': number;
  'p50 ms': number;
  'p99 ms': number;
  'full scan p50 ms': number;
  'full scan p99 ms': number;
  'p50 ratio': string;
  'p99 ratio': string;
  /** Letters the full scan called copies that the index missed (it may, rarely; never the reverse). */
  missed: number;
  'index ms/letter': number;
  'start-up ms': number;
}

function benchScenario(scenario: Scenario, seed: number): NearDuplicateRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'mrs-bench-near-duplicates-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    seedDatabase(db);
    const councils = listCouncils(db);
    const council = councils.find((c) => c.slug === COUNCIL)!;
    const write = letterWriter(scenario, suggestLetter(council, councils).opening, seed);
    const now = Date.now();
    const since = new Date(now - 30 * DAY).toISOString();
    const insert = db.prepare(
      `INSERT INTO letters (council_id, writer_email_key, subject, body, fingerprint, state,
         expires_at, created_at)
       VALUES (?, ?, 'Please sign the Runaways Charter', ?, ?, 'sent', ?, ?)`,
    );
    let sent = 0;
    const rows: NearDuplicateRow[] = [];
    for (const size of SIZES) {
      const bodies = Array.from({ length: size - sent }, write);
      const prints = bodies.map(fingerprint);
      const started = performance.now();
      db.transaction(() => {
        bodies.forEach((body, i) => {
          const createdAt = new Date(now - ((sent + i) % 29) * DAY - 60_000).toISOString();
          const { lastInsertRowid } = insert.run(
            council.id,
            `writer-${sent + i}@example.org`,
            body,
            JSON.stringify(prints[i]),
            createdAt,
            createdAt,
          );
          indexLetter(db, Number(lastInsertRowid));
        });
      })();
      const indexMs = (performance.now() - started) / bodies.length;
      sent = size;
      const startUp = performance.now();
      indexUnindexedLetters(db);
      const startUpMs = performance.now() - startUp;

      const fresh = Array.from({ length: CHECKS }, () => fingerprint(write()));
      const banded = timeEach(fresh, (shingles) =>
        findNearDuplicate(db, council.id, shingles, since),
      );
      const sample = fresh.slice(0, FULL_SCAN_CHECKS);
      const scanned = timeEach(sample, (shingles) => fullScan(db, council.id, shingles, since));
      const ours = { p50: percentile(banded.ms, 0.5), p99: percentile(banded.ms, 0.99) };
      const base = { p50: percentile(scanned.ms, 0.5), p99: percentile(scanned.ms, 0.99) };
      rows.push({
        letters: scenario.name,
        'sent letters': size,
        'p50 ms': round(ours.p50),
        'p99 ms': round(ours.p99),
        'full scan p50 ms': round(base.p50),
        'full scan p99 ms': round(base.p99),
        'p50 ratio': share(ours.p50, base.p50),
        'p99 ratio': share(ours.p99, base.p99),
        missed: scanned.found.filter((copy, i) => copy && !banded.found[i]).length,
        'index ms/letter': round(indexMs),
        'start-up ms': round(startUpMs),
      });
    }
    return rows;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every scenario at every size, as rows for `console.table`. */
export function benchNearDuplicates(): NearDuplicateRow[] {
  return SCENARIOS.flatMap((scenario, i) => benchScenario(scenario, 2026 + i));
}

export const NEAR_DUPLICATE_NOTE =
  `Near-duplicate check: ${CHECKS} new letters per size timed with the band index, the first ` +
  `${FULL_SCAN_CHECKS} of them with the full scan it replaced; ratio = band index / full scan ` +
  "(lower is faster). 'index ms/letter' is the cost of adding a sent letter to the index; " +
  "'start-up ms' is indexUnindexedLetters finding nothing to do.";
