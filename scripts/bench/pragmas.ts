import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { findCouncil, listCouncils } from '../../src/lib/councils/queries.ts';
import { countSupporters } from '../../src/lib/pledges/counts.ts';
import { mayEmail } from '../../src/lib/email/suppressions.ts';
import { seedMillion } from './seed-million.ts';

/**
 * `npx node scripts/bench/pragmas.ts`: how `cache_size` and `mmap_size` change the work the site's
 * connection does at a million supporters (bench/seed-million.ts), each setting in a fresh
 * process on the same file, so the figures in src/lib/db.ts can be checked: a pledge's write
 * (with synchronous = FULL, as the site runs), the council list and a council page, the count,
 * a scan like the supporters export, and the process's resident memory after them.
 */
const SETTINGS: [cacheKiB: number, mmapMiB: number][] = [
  [2_000, 0], // SQLite's default
  [16_000, 0],
  [64_000, 0],
  [16_000, 256],
  [64_000, 1024],
];

const pct = (values: number[], p: number) =>
  values.toSorted((a, b) => a - b)[Math.floor(p * (values.length - 1))]!;
const time = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

function measure(path: string, cacheKiB: number, mmapMiB: number) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`cache_size = -${cacheKiB}`);
  db.pragma(`mmap_size = ${mmapMiB * 1024 * 1024}`);
  const slug = db.prepare('SELECT slug FROM councils LIMIT 1 OFFSET 40').pluck().get() as string;
  const pledge = db.transaction((n: number) => {
    const email = `pragma-${process.pid}-${n}-${Math.random()}@example.org`;
    const id = db
      .prepare(
        `INSERT INTO supporters (email, email_key, first_name, last_name, council_id, state,
           unsubscribe_key) VALUES (?, ?, 'A', 'B', (SELECT id FROM councils WHERE slug = ?), 'confirmed', ?)`,
      )
      .run(email, email, slug, `k${email}`).lastInsertRowid;
    db.prepare(
      `INSERT INTO consent_records (supporter_id, purpose, text_version, source_page)
       VALUES (?, 'pledge', 'bench', '/join')`,
    ).run(id);
    db.prepare('UPDATE supporter_counts SET confirmed = confirmed + 1 WHERE council_id = 0').run();
  });
  const exportScan = db.prepare(
    `SELECT s.first_name, s.email, c.short_name, r.given_at FROM supporters AS s
     JOIN consent_records AS r
       ON r.supporter_id = s.id AND r.purpose = 'campaign_emails' AND r.withdrawn_at IS NULL
     LEFT JOIN councils AS c ON c.id = s.council_id WHERE ${mayEmail('s')} ORDER BY s.id`,
  );
  const scan = time(() => {
    for (const _row of exportScan.iterate());
  });
  const pledges = Array.from({ length: 300 }, (_, n) => time(() => pledge(n)));
  const pages = Array.from({ length: 200 }, () =>
    time(() => {
      listCouncils(db);
      findCouncil(db, slug);
    }),
  );
  const counts = Array.from({ length: 1000 }, () => time(() => countSupporters(db)));
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;
  db.close();
  return {
    'cache MiB': Math.round(cacheKiB / 1024),
    'mmap MiB': mmapMiB,
    'pledge p50': pct(pledges, 0.5).toFixed(2),
    'pledge p99': pct(pledges, 0.99).toFixed(2),
    'councils+page p50': pct(pages, 0.5).toFixed(2),
    'count p99': pct(counts, 0.99).toFixed(3),
    'export scan ms': Math.round(scan),
    'RSS MiB': Math.round(rss),
  };
}

const [, , path, cache, mmap] = process.argv;
if (path) {
  console.log(JSON.stringify(measure(path, Number(cache), Number(mmap))));
} else {
  const seed = seedMillion();
  const rows = SETTINGS.map(([cacheKiB, mmapMiB]) => {
    const child = spawnSync(
      process.execPath,
      [process.argv[1]!, seed.databasePath, String(cacheKiB), String(mmapMiB)],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout) as Record<string, unknown>;
  });
  console.table(rows);
  rmSync(dirname(seed.databasePath), { recursive: true });
}
