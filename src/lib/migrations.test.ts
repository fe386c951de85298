import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, readMigrations, type Db } from './db.ts';

/** A database as the release before the emails-at-rest migration left it, with `rows` in it. */
function before(rows: string): Db {
  const migrations = readMigrations();
  const at = migrations.findIndex((migration) => migration.name === 'emails_at_rest');
  const db = openDatabase(':memory:', migrations.slice(0, at));
  db.exec(rows);
  migrate(db, migrations);
  return db;
}

describe('the emails-at-rest migration', () => {
  it('keeps suppressing every address suppressed before, now by exact address', () => {
    const db = before(`
      INSERT INTO supporters (email, email_key, first_name, last_name, unsubscribe_key)
      VALUES ('Jo.Bloggs+news@example.org', 'jo.bloggs@example.org', 'Jo', 'Bloggs', 'k1'),
             ('sam@example.org', 'sam@example.org', 'Sam', 'Lee', 'k2');
      INSERT INTO email_suppressions (email_key, reason, at)
      VALUES ('jo.bloggs@example.org', 'bounce', '2026-11-01T00:00:00.000Z');`);
    expect(db.prepare('SELECT address, reason FROM email_suppressions ORDER BY 1').all()).toEqual([
      { address: 'Jo.Bloggs+news@example.org', reason: 'bounce' },
      { address: 'jo.bloggs@example.org', reason: 'bounce' },
    ]);
  });

  it('forgets the bodies of emails already gone, and keeps those still queued', () => {
    const db = before(`
      INSERT INTO email_outbox (idempotency_key, template, to_address, subject, html, text,
                                headers, state)
      VALUES ('a', 't', 'a@example.org', 'Queued', '<p>?token=a</p>', '?token=a', '{"X":"a"}',
              'queued'),
             ('b', 't', 'b@example.org', 'Sent', '<p>?token=b</p>', '?token=b', '{"X":"b"}', 'sent'),
             ('c', 't', 'c@example.org', 'Dead', '<p>?token=c</p>', '?token=c', '{"X":"c"}', 'dead');`);
    expect(
      db.prepare('SELECT subject, html, text, headers FROM email_outbox ORDER BY id').all(),
    ).toEqual([
      { subject: 'Queued', html: '<p>?token=a</p>', text: '?token=a', headers: '{"X":"a"}' },
      { subject: 'Sent', html: '', text: '', headers: '{}' },
      { subject: 'Dead', html: '', text: '', headers: '{}' },
    ]);
  });
});
