import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { seedDatabase } from '../site/seed.ts';
import { openSeededDatabase } from '../site/testing.ts';

let db: Db;
beforeEach(() => {
  db = openSeededDatabase();
});
afterEach(() => db.close());

describe('seeding councils', () => {
  it('changes nothing when run again', () => {
    const snapshot = () => ({
      councils: db.prepare('SELECT * FROM councils ORDER BY id').all(),
      events: db.prepare('SELECT * FROM council_status_events ORDER BY id').all(),
    });
    const before = snapshot();
    expect(seedDatabase(db).councils).toEqual({ councils: 175, statusEventsAdded: 0 });
    expect(snapshot()).toEqual(before);
  });

  it("keeps a campaigner's correction to a council's website domain", () => {
    db.prepare("UPDATE councils SET website_domain = 'kent.example' WHERE slug = 'kent'").run();
    seedDatabase(db);
    const domain = db.prepare("SELECT website_domain FROM councils WHERE slug = 'kent'").pluck();
    expect(domain.get()).toBe('kent.example');
  });

  it('does not overwrite a status the site has recorded since', () => {
    db.prepare(
      `INSERT INTO council_status_events (council_id, kind, status, occurred_on, source)
       SELECT id, 'signed', 'signed', '2026-05-01', 'verified signing' FROM councils WHERE slug = 'cardiff'`,
    ).run();
    seedDatabase(db);
    const events = db
      .prepare(
        `SELECT source FROM council_status_events
         WHERE council_id = (SELECT id FROM councils WHERE slug = 'cardiff')`,
      )
      .pluck()
      .all();
    expect(events).toEqual(['verified signing']);
  });
});

describe("Welsh councils' own names", () => {
  it('gives each of the 22 councils in Wales its Welsh names and a Welsh address, and no other', () => {
    const rows = db
      .prepare(
        `SELECT nation, count(*) AS councils, count(welsh_name) AS named,
                count(DISTINCT welsh_slug) AS addresses
         FROM councils GROUP BY nation ORDER BY nation`,
      )
      .all();
    expect(rows).toEqual([
      { nation: 'England', councils: 153, named: 0, addresses: 0 },
      { nation: 'Wales', councils: 22, named: 22, addresses: 22 },
    ]);
    const cardiff = db
      .prepare(
        "SELECT welsh_name, welsh_short_name, welsh_slug FROM councils WHERE slug = 'cardiff'",
      )
      .get();
    expect(cardiff).toEqual({
      welsh_name: 'Cyngor Caerdydd',
      welsh_short_name: 'Caerdydd',
      welsh_slug: 'caerdydd',
    });
  });
});
