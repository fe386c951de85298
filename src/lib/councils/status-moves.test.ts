import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { canMove, statusAfter } from './history.ts';
import { COUNCIL_STATUSES } from './status.ts';

const KINDS = ['pledged', 'signed', 'withdrawn'] as const;

/*
 * The rule for how a council's status may change lives in history.ts, the one place the code
 * asks. The table's CHECKs hold the part a single row can show (the status each kind of event
 * leaves); these tests prove the two say the same, so neither can change alone.
 */
describe('the status rule and the council history table', () => {
  const db = openSeededDatabase();
  const kent = db.prepare("SELECT id FROM councils WHERE slug = 'kent'").pluck().get() as number;
  const insert = (kind: string, status: string) => () =>
    db
      .prepare(
        `INSERT INTO council_status_events (council_id, kind, status, occurred_on, source)
         VALUES (?, ?, ?, '2026-11-20', 'test')`,
      )
      .run(kent, kind, status);

  it.each(KINDS.flatMap((kind) => COUNCIL_STATUSES.map((status) => [kind, status] as const)))(
    'an event of kind %s may leave the status %s only if the rule says so',
    (kind, status) => {
      db.exec('SAVEPOINT attempt');
      if (statusAfter(kind) === status) expect(insert(kind, status)).not.toThrow();
      else expect(insert(kind, status)).toThrow(/CHECK constraint failed/);
      db.exec('ROLLBACK TO attempt');
    },
  );

  it('lets a council pledge or sign only once, and withdraw only what it did', () => {
    expect(COUNCIL_STATUSES.map((from) => KINDS.filter((kind) => canMove(from, kind)))).toEqual([
      ['pledged', 'signed'],
      ['signed', 'withdrawn'],
      ['withdrawn'],
    ]);
  });
});
