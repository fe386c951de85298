import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { confirmPledge, createPledge } from './pledge.ts';
import { deleteUnconfirmedPledges } from './retention.ts';
import { PledgeFormSchema } from './schema.ts';

describe('deleteUnconfirmedPledges', () => {
  it('deletes pledges left unconfirmed for 30 days, and nothing else', async () => {
    const db = openSeededDatabase();
    const day = (n: number) => new Date(Date.parse('2026-10-01T00:00:00Z') + n * 86_400_000);
    const pledge = (email: string, on: Date) =>
      createPledge(
        db,
        PledgeFormSchema.parse({ firstName: 'A', lastName: 'B', email, from: '/join' }),
        {
          now: on,
          siteUrl: 'https://example.org.uk',
          councilId: null,
        },
      );
    pledge('old@example.org', day(0));
    pledge('confirmed@example.org', day(0));
    const text = db
      .prepare("SELECT text FROM email_outbox WHERE to_address = 'confirmed@example.org'")
      .pluck()
      .get() as string;
    confirmPledge(db, /token=([\w-]+)/.exec(text)![1]!, day(1));
    pledge('recent@example.org', day(20));

    expect(await deleteUnconfirmedPledges(db, day(31))).toBe(1);
    expect(db.prepare('SELECT email FROM supporters ORDER BY id').pluck().all()).toEqual([
      'confirmed@example.org',
      'recent@example.org',
    ]);
    expect(
      db
        .prepare("SELECT count(*) FROM email_outbox WHERE to_address = 'old@example.org'")
        .pluck()
        .get(),
    ).toBe(0);
    expect(db.prepare('SELECT count(*) FROM consent_records').pluck().get()).toBe(2);
  });
});
