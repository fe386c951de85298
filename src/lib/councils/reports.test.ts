import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { CouncilReportSchema, dismissReport, openReports, recordCouncilReport } from './reports.ts';
import { accountForTest } from '../admin/testing.ts';

describe('council reports', () => {
  const valid = {
    slug: 'kent',
    topic: 'status',
    details: 'Kent signed again in 2025.',
    sourceUrl: '',
  };

  it('stores a report for review, without anything about the reporter', () => {
    const db = openSeededDatabase();
    expect(recordCouncilReport(db, CouncilReportSchema.parse(valid))).toBe(true);
    expect(
      db.prepare('SELECT topic, details, source_url, state FROM council_reports').all(),
    ).toEqual([
      { topic: 'status', details: 'Kent signed again in 2025.', source_url: null, state: 'open' },
    ]);
  });

  it('refuses a council that does not exist', () => {
    const db = openSeededDatabase();
    expect(recordCouncilReport(db, CouncilReportSchema.parse({ ...valid, slug: 'atlantis' }))).toBe(
      false,
    );
  });

  it.each([
    [{ details: 'short' }, 'details', 'at least 10 characters'],
    [{ details: 'x'.repeat(2001) }, 'details', '2,000 characters'],
    [{ topic: 'weather' }, 'topic', 'Choose what is wrong'],
    [{ sourceUrl: 'javascript:alert(1)' }, 'sourceUrl', 'starting with http'],
  ])('explains what is wrong with %o', (change, field, message) => {
    const result = CouncilReportSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual([field]);
    expect(issue.message).toContain(message);
  });
});

describe('the report form', () => {
  it('treats a link box left empty, which a form may send as nothing, as no link', () => {
    const base = { slug: 'kent', topic: 'status', details: 'Kent signed again in 2025.' };
    expect(CouncilReportSchema.parse({ ...base, sourceUrl: null }).sourceUrl).toBeNull();
    expect(CouncilReportSchema.parse(base).sourceUrl).toBeNull();
  });
});

describe('reviewing reports', () => {
  it('lists open reports oldest first, and each can be decided once', () => {
    const db = openSeededDatabase();
    recordCouncilReport(db, {
      slug: 'kent',
      topic: 'website',
      details: 'The council website moved to a new address.',
      sourceUrl: null,
    });
    const [report] = openReports(db);
    expect(report).toMatchObject({ councilSlug: 'kent', topic: 'website' });
    const now = new Date('2026-11-24T10:00:00Z');
    const adminId = accountForTest(db, 'sam@campaign.example', 'campaigner', now);
    expect(dismissReport(db, report!.id, adminId, now)).toBe(true);
    // Dealt with once: a second campaigner's click finds nothing to do.
    expect(dismissReport(db, report!.id, adminId, now)).toBe(false);
    expect(openReports(db)).toEqual([]);
    expect(db.prepare('SELECT action FROM audit_log').pluck().all()).toEqual(['report.dismissed']);
  });
});
