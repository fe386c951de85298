import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { countCouncilsByStatus } from './counts.ts';
import { currentSigning, councilHistory, recordedSteps } from './history.ts';
import { nameSignatory, recordStatusEvent } from './record-events.ts';
import { SignatoryFormSchema, StatusEventFormSchema } from './record-forms.ts';
import { findCouncil } from './queries.ts';
import { CheckedFormSchema, markChecked, setWebsiteDomain, WebsiteFormSchema } from './record.ts';
import { recordCouncilReport } from './reports.ts';
import { openDatabaseWithAccount } from '../admin/testing.ts';

let db: Db;
let adminId: number;
const now = new Date('2026-12-01T10:00:00Z');
beforeEach(() => {
  ({ db, adminId } = openDatabaseWithAccount('sam@campaign.example', 'campaigner', now));
});
afterEach(() => db.close());

const idOf = (slug: string) =>
  db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number;
const statusOf = (slug: string) =>
  db
    .prepare(
      'SELECT status, status_since AS since, status_precision AS precision FROM council_status WHERE council_id = ?',
    )
    .get(idOf(slug));
const event = (council: string, changes: Record<string, unknown>) =>
  StatusEventFormSchema.parse({
    council,
    kind: 'signed',
    occurredOn: '2026-11-20',
    precision: 'day',
    source: 'Cabinet minutes, 20 November 2026',
    ...changes,
  });
const record = (slug: string, changes: Record<string, unknown>) =>
  recordStatusEvent(db, event(slug, changes), { adminId, now });

describe('a council’s record', () => {
  it('starts as not signed, with no date', () => {
    expect(statusOf('cardiff')).toEqual({ status: 'not_signed', since: null, precision: null });
  });

  it('holds the 32 councils of the 2013 report as signed by 19 September 2013, no day given', () => {
    expect(countCouncilsByStatus(db)).toEqual({
      total: 175,
      not_signed: 143,
      pledged: 0,
      signed: 32,
    });
    const days = db
      .prepare(
        "SELECT DISTINCT status_since || ' ' || status_precision FROM council_status WHERE status = 'signed'",
      )
      .pluck()
      .all();
    expect(days).toEqual(['2013-09-19 by']);
    expect(currentSigning(councilHistory(db, idOf('kent')))).toEqual({
      occurredOn: '2013-09-19',
      precision: 'by',
      signatoryName: null,
      signatoryRole: null,
    });
  });

  it('follows the latest event: pledged, signed, withdrawn, signed again', () => {
    expect(record('cardiff', { kind: 'pledged', occurredOn: '2026-01-10' })?.kind).toBe('recorded');
    expect(statusOf('cardiff')).toEqual({
      status: 'pledged',
      since: '2026-01-10',
      precision: 'day',
    });
    record('cardiff', { kind: 'signed', occurredOn: '2026-03-01', precision: 'month' });
    expect(statusOf('cardiff')).toEqual({
      status: 'signed',
      since: '2026-03-01',
      precision: 'month',
    });
    record('cardiff', { kind: 'withdrawn', occurredOn: '2026-06-30' });
    expect(statusOf('cardiff')).toMatchObject({ status: 'not_signed', since: '2026-06-30' });
    expect(currentSigning(councilHistory(db, idOf('cardiff')))).toBeUndefined();
    record('cardiff', { kind: 'signed', occurredOn: '2026-11-20' });
    expect(statusOf('cardiff')).toMatchObject({ status: 'signed', since: '2026-11-20' });
  });

  it.each([
    [
      'a signing for a council already signed',
      'kent',
      { kind: 'signed' },
      'kind',
      /Kent has already signed \(by September 2013\)\. If the record is wrong, record a correction/,
    ],
    [
      'a pledge for a council already signed',
      'kent',
      { kind: 'pledged' },
      'kind',
      /already signed/,
    ],
    [
      'a withdrawal for a council that never signed',
      'cardiff',
      { kind: 'withdrawn' },
      'kind',
      /Cardiff has not signed or pledged, so there is nothing to withdraw/,
    ],
    [
      'a date in the future',
      'cardiff',
      { occurredOn: '2026-12-02' },
      'occurredOn',
      /cannot be in the future/,
    ],
    [
      'a signing before the charter existed',
      'cardiff',
      { occurredOn: '2012-07-08' },
      'occurredOn',
      /launched on 9 July 2012/,
    ],
    [
      'a withdrawal dated before the signing',
      'kent',
      { kind: 'withdrawn', occurredOn: '2013-01-01' },
      'occurredOn',
      /cannot come before/,
    ],
  ])(
    'refuses %s, saying why beside the field, and writes nothing',
    (_case, slug, changes, field, message) => {
      const before = db.prepare('SELECT count(*) FROM council_status_events').pluck().get();
      const outcome = record(slug, changes);
      expect(outcome).toMatchObject({ kind: 'problem', problem: { field } });
      expect(outcome?.kind === 'problem' && outcome.problem.message).toMatch(message);
      expect(db.prepare('SELECT count(*) FROM council_status_events').pluck().get()).toBe(before);
    },
  );

  it('needs a source for every event, and for a correction the true status and what was wrong', () => {
    const missing = StatusEventFormSchema.safeParse({
      council: 'kent',
      kind: 'corrected',
      occurredOn: '2026-11-20',
      precision: 'day',
      source: ' ',
    });
    expect(missing.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['source', 'Say where this comes from: a link, or the name of a document'],
      ['correctedTo', 'Say what the status really is'],
      ['note', 'Say what was wrong'],
    ]);
  });

  it('takes a correction from any status, keeping what it corrects in the history', () => {
    record('kent', {
      kind: 'corrected',
      correctedTo: 'pledged',
      note: 'The council had only agreed to sign; the cabinet vote came later.',
      occurredOn: '2026-11-30',
    });
    expect(statusOf('kent')).toMatchObject({ status: 'pledged', since: '2026-11-30' });
    expect(councilHistory(db, idOf('kent')).map((e) => e.kind)).toEqual(['signed', 'corrected']);
  });

  it('names, later, who signed for a council, and not for one that has not signed', () => {
    const named = (council: string) =>
      SignatoryFormSchema.parse({
        council,
        signatoryName: 'Alex Morgan',
        signatoryRole: 'Corporate Director, Children, Young People and Education',
        source: 'Letter from the council, 28 November 2026',
      });
    expect(nameSignatory(db, named('kent'), { adminId, now })?.kind).toBe('recorded');
    expect(findCouncil(db, 'kent')!.signing).toEqual({
      occurredOn: '2013-09-19',
      precision: 'by',
      signatoryName: 'Alex Morgan',
      signatoryRole: 'Corporate Director, Children, Young People and Education',
    });
    expect(nameSignatory(db, named('cardiff'), { adminId, now })).toMatchObject({
      kind: 'problem',
      problem: { field: 'signatoryName' },
    });
  });

  it('audits every change, and an accepted report says what was changed', () => {
    recordCouncilReport(db, {
      slug: 'hampshire',
      topic: 'status',
      details: 'Hampshire withdrew from the charter in 2016.',
      sourceUrl: null,
    });
    const report = db.prepare('SELECT id FROM council_reports').pluck().get() as number;
    record('hampshire', {
      kind: 'withdrawn',
      occurredOn: '2016-04-01',
      precision: 'month',
      source: 'Cabinet decision, April 2016',
      report,
    });
    const hampshire = { council: 'hampshire' };
    setWebsiteDomain(db, WebsiteFormSchema.parse({ ...hampshire, websiteDomain: 'Hants.gov.uk' }), {
      adminId,
      now,
    });
    markChecked(db, CheckedFormSchema.parse(hampshire), { adminId, now });
    expect(db.prepare('SELECT state, resolution FROM council_reports').get()).toEqual({
      state: 'accepted',
      resolution: 'April 2016: withdrew',
    });
    expect(db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all()).toEqual([
      'council.withdrawn',
      'council.website',
      'council.checked',
    ]);
    expect(findCouncil(db, 'hampshire')).toMatchObject({
      status: 'not_signed',
      websiteDomain: 'hants.gov.uk',
      checkedOn: '2026-12-01',
    });
  });

  it('keeps history: no event can be changed or deleted', () => {
    const kent = idOf('kent');
    expect(() =>
      db
        .prepare("UPDATE council_status_events SET occurred_on = '2020-01-01' WHERE council_id = ?")
        .run(kent),
    ).toThrow(/history and cannot be changed/);
    expect(() =>
      db.prepare('DELETE FROM council_status_events WHERE council_id = ?').run(kent),
    ).toThrow(/history and cannot be deleted/);
  });
});

describe('the steps recorded across all councils, for the timeline', () => {
  it('puts councils that took the same step on the same date together', () => {
    record('cardiff', { kind: 'pledged', occurredOn: '2026-01-10' });
    const steps = recordedSteps(db);
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatchObject({ date: '2013-09-19', precision: 'by', kind: 'signed' });
    expect(steps[0]!.councils).toHaveLength(32);
    expect(steps[1]).toEqual({
      date: '2026-01-10',
      precision: 'day',
      kind: 'pledged',
      status: 'pledged',
      councils: [{ slug: 'cardiff', shortName: 'Cardiff' }],
    });
  });
});
