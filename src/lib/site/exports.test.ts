import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../csv.ts';
import type { Db } from '../db.ts';
import { confirmPledge, unsubscribe } from '../pledges/pledge.ts';
import { openSeededDatabase, pledgeForTest } from './testing.ts';
import { recentAudit } from '../audit/audit.ts';
import { exportCsvChunks, type ExportName } from './exports.ts';
import { createAccount } from '../admin/users.ts';

const now = new Date('2026-11-24T10:00:00Z');

async function exportCsv(db: Db, name: ExportName, userId: number, at: Date) {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of exportCsvChunks(db, name, userId, at)) text += decoder.decode(chunk);
  return text;
}

function supporter(db: Db, email: string, campaignEmails: boolean, confirm: boolean) {
  const token = pledgeForTest(db, {
    email,
    campaignEmails,
    postcode: 'CF10 1AA',
    councilId: 1,
    now,
  });
  if (confirm) confirmPledge(db, token, now);
}

describe('exports', () => {
  it('give only confirmed supporters who still want campaign emails, and record who took them', async () => {
    const db = openSeededDatabase();
    createAccount(db, 'sam@campaign.example', 'campaigner', now);
    supporter(db, 'yes@example.org', true, true);
    supporter(db, 'no@example.org', false, true);
    supporter(db, 'pending@example.org', true, false);
    supporter(db, 'stopped@example.org', true, true);
    const key = db
      .prepare("SELECT unsubscribe_key FROM supporters WHERE email = 'stopped@example.org'")
      .pluck()
      .get() as string;
    unsubscribe(db, key, now);

    const rows = parseCsvRecords(await exportCsv(db, 'supporters', 1, now));
    expect(rows).toEqual([
      {
        first_name: 'Sam',
        last_name: 'Lee',
        email: 'yes@example.org',
        postcode: 'CF10 1AA',
        council_gss_code: expect.any(String),
        council: expect.any(String),
        confirmed_on: '2026-11-24',
        consent_version: 'campaign-emails-2026-11-24',
        consent_given_on: '2026-11-24',
      },
    ]);
    expect(recentAudit(db)[0]).toMatchObject({
      email: 'sam@campaign.example',
      action: 'export.supporters',
      detail: '{"rows":1}',
    });
  });

  it('list every council, and letters per council', async () => {
    const db = openSeededDatabase();
    createAccount(db, 'sam@campaign.example', 'campaigner', now);
    expect(parseCsvRecords(await exportCsv(db, 'councils', 1, now))).toHaveLength(175);
    expect(parseCsvRecords(await exportCsv(db, 'letters', 1, now))[0]).toMatchObject({
      letters_sent: '0',
    });
  });

  it('keep the audit log as history', async () => {
    const db = openSeededDatabase();
    createAccount(db, 'sam@campaign.example', 'campaigner', now);
    await exportCsv(db, 'councils', 1, now);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/history/);
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/history/);
  });
});
