import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * src/lib is a stack of floors, and an import points only down: a module may use what stands
 * below it, never what stands above, so each floor can be read, tested and changed knowing only
 * the floors under it. Rooms on one floor may use each other only where the floor says so: the
 * foundations and the services build on each other, the domains never do (what needs two
 * domains at once belongs to the whole site, on the top floor).
 *
 * A loose module in src/lib is a foundation by rule; every folder must be named on a floor, so a
 * new one is placed on purpose. Tests and their fixtures (`*.test.ts`, each folder's `testing.ts` and `*.testing.ts`)
 * are not held to the stack: they may build any world they need, and no other code imports them.
 */
const FLOORS: readonly { name: string; rooms: readonly string[]; roomsShare: boolean }[] = [
  {
    name: 'foundations',
    // The loose modules (db, env, log, html, csv, tokens, form-fields, format, …) and the
    // campaign's fixed content, and its languages (i18n/); readers/ runs reads off the request
    // thread, beside db.
    rooms: ['*.ts', 'readers/', 'charter/', 'facts/', 'stories/', 'sharing/', 'charts/', 'i18n/'],
    roomsShare: true,
  },
  {
    name: 'services',
    rooms: ['email/', 'postcode/', 'http/', 'audit/', 'replication/'],
    roomsShare: true,
  },
  // Every campaign domain is about councils, so the register of them stands below the domains.
  { name: 'the council register', rooms: ['councils/'], roomsShare: false },
  {
    name: 'domains',
    rooms: ['pledges/', 'lobby/', 'signing/', 'donations/', 'mailings/', 'news/', 'admin/'],
    roomsShare: false,
  },
  // Read models and jobs across domains: open data, the dashboard, exports, live numbers, a
  // person's data, retention, the seed, health.
  { name: 'the whole site', rooms: ['site/'], roomsShare: false },
];

/** The room a path under src/lib stands in: its folder (`email/`), or `*.ts` for a loose module. */
function roomOf(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? '*.ts' : path.slice(0, slash + 1);
}

function floorOf(room: string): number {
  return FLOORS.findIndex((floor) => floor.rooms.includes(room));
}

/**
 * Every import that runs up a floor or across rooms where the floor does not allow it, as
 * `file imports 'specifier' (room, floor → room, floor)`. `files` maps paths under src/lib to
 * their text.
 */
function wrongWayImports(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, text] of files) {
    const from = roomOf(path);
    const fromFloor = floorOf(from);
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!specifier.startsWith('.')) continue;
      const target = relative('/lib', resolve('/lib', dirname(path), specifier));
      if (target.startsWith('..')) continue; // outside src/lib: config, content
      const to = roomOf(target);
      if (to === from) continue;
      const toFloor = floorOf(to);
      const wrong =
        toFloor > fromFloor || (toFloor === fromFloor && !FLOORS[fromFloor]!.roomsShare);
      if (wrong) {
        problems.push(
          `${path} imports '${specifier}' (${from} on ${FLOORS[fromFloor]!.name} → ${to} on ${FLOORS[toFloor]!.name})`,
        );
      }
    }
  }
  return problems;
}

const LIB = fileURLToPath(new URL('.', import.meta.url));

function libSources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(LIB, { recursive: true, withFileTypes: true })) {
    if (
      !entry.isFile() ||
      !/\.tsx?$/.test(entry.name) ||
      /(\.test\.tsx?|^testing\.ts|\.testing\.ts)$/.test(entry.name)
    ) {
      continue;
    }
    const path = join(entry.parentPath, entry.name);
    files.set(relative(LIB, path), readFileSync(path, 'utf8'));
  }
  return files;
}

describe('the floors of src/lib', () => {
  it('place every folder on a floor', () => {
    const folders = readdirSync(LIB, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${entry.name}/`);
    expect(folders.filter((folder) => floorOf(folder) === -1)).toEqual([]);
  });

  it('keep test fixtures out of the code they test', () => {
    const uses = [...libSources()].filter(([, text]) =>
      /from '[./]+([\w-]+\/)*([\w-]+\.)?testing\.ts'/.test(text),
    );
    expect(uses.map(([path]) => path)).toEqual([]);
  });

  it('have no import that runs up a floor or across domains', () => {
    expect(wrongWayImports(libSources())).toEqual([]);
  });

  it('name the file and the import of a wrong-way arrow', () => {
    const planted = new Map([
      ['email/outbox.ts', "import { confirmPledge } from '../pledges/pledge.ts';"],
      ['lobby/letters.ts', "export { pledgeCount } from '../pledges/counts.ts';"],
      ['signing/requests.ts', "const audit = await import('../audit/audit.ts');"],
      ['db.ts', "import { readEnv } from './env.ts';"],
    ]);
    expect(wrongWayImports(planted)).toEqual([
      "email/outbox.ts imports '../pledges/pledge.ts' (email/ on services → pledges/ on domains)",
      "lobby/letters.ts imports '../pledges/counts.ts' (lobby/ on domains → pledges/ on domains)",
    ]);
  });
});
