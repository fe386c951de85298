import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../charter/checklist.ts';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { days, now, SITE } from '../test-world.ts';
import {
  AssessmentFormSchema,
  councilProgress,
  openAssessment,
  progressAcrossCouncils,
  saveAssessment,
} from './assessment.ts';
import { issueAssessmentLink, requestAssessmentLink } from './assessment-links.ts';

const councilId = (db: Db, slug: string) =>
  db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number;

function kentLink(db: Db): string {
  const { url } = issueAssessmentLink(db, councilId(db, 'kent'), 'jo@kent.gov.uk', now, SITE);
  return new URL(url).searchParams.get('token')!;
}

const answers = (token: string, fields: Record<string, string>) =>
  AssessmentFormSchema.parse({ token, ...fields });

describe('self-assessment', () => {
  it('saves part, comes back by the link, finishes; the progress matches what was saved', () => {
    const db = openSeededDatabase();
    const token = kentLink(db);
    expect(
      saveAssessment(
        db,
        answers(token, {
          'rating-count-1': 'in_place',
          'evidence-count-1': 'Monthly missing-children report to the board.',
          'rating-count-2': 'in_progress',
        }),
        now,
      ),
    ).toBe(2);

    const back = openAssessment(db, token, days(3));
    expect(back.kind).toBe('ok');
    if (back.kind !== 'ok') return;
    expect(back.assessment.ratings.get('count-1')).toMatchObject({
      rating: 'in_place',
      evidence: 'Monthly missing-children report to the board.',
    });

    const all = Object.fromEntries(
      CHECKLIST.map((action) => [
        `rating-${action.id}`,
        action.step === 'act' ? 'in_progress' : 'in_place',
      ]),
    );
    saveAssessment(
      db,
      answers(token, {
        ...all,
        'evidence-count-1': 'Monthly missing-children report to the board.',
      }),
      days(3),
    );
    const progress = councilProgress(db, councilId(db, 'kent'))!;
    expect(progress.steps).toEqual([
      { step: 'count', actions: 4, inPlace: 4, inProgress: 0 },
      { step: 'think', actions: 4, inPlace: 4, inProgress: 0 },
      { step: 'act', actions: 4, inPlace: 0, inProgress: 4 },
      { step: 'prevent', actions: 4, inPlace: 4, inProgress: 0 },
    ]);
    expect(progress.updatedAt).toBe(days(3).toISOString());
  });

  it('an unchanged answer does not move "last updated"', () => {
    const db = openSeededDatabase();
    const token = kentLink(db);
    saveAssessment(db, answers(token, { 'rating-think-1': 'in_place' }), now);
    expect(saveAssessment(db, answers(token, { 'rating-think-1': 'in_place' }), days(1))).toBe(0);
    expect(councilProgress(db, councilId(db, 'kent'))!.updatedAt).toBe(now.toISOString());
  });

  it('a guessed, expired or unknown link opens nothing and saves nothing', () => {
    const db = openSeededDatabase();
    const token = kentLink(db);
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(openAssessment(db, `${token.slice(0, -1)}x`, now)).toEqual({ kind: 'invalid' });
    expect(openAssessment(db, token, days(61))).toEqual({ kind: 'expired' });
    expect(
      saveAssessment(db, answers(token, { 'rating-act-1': 'in_place' }), days(61)),
    ).toBeUndefined();
    expect(councilProgress(db, councilId(db, 'kent'))).toBeUndefined();
    expect(JSON.stringify(db.prepare('SELECT * FROM assessment_links').all())).not.toContain(token);
  });

  it('refuses an unknown rating and an over-long note', () => {
    expect(
      AssessmentFormSchema.safeParse({ token: 'x'.repeat(43), 'rating-act-1': 'done' }).success,
    ).toBe(false);
    const long = AssessmentFormSchema.safeParse({
      token: 'x'.repeat(43),
      'evidence-act-1': 'x'.repeat(1001),
    });
    expect(long.error!.issues[0]!.message).toMatch(/1,000 characters/);
  });

  it('sends a new link only to a signed or pledged council’s own domain, saying the same to everyone', () => {
    const db = openSeededDatabase();
    const sent = () =>
      db
        .prepare("SELECT to_address FROM email_outbox WHERE template = 'assessment-link'")
        .pluck()
        .all();
    requestAssessmentLink(db, { council: 'kent', email: 'jo@kent.gov.uk' }, now, SITE);
    requestAssessmentLink(db, { council: 'kent', email: 'jo@gmail.example' }, now, SITE);
    requestAssessmentLink(db, { council: 'cardiff', email: 'jo@cardiff.gov.uk' }, now, SITE);
    requestAssessmentLink(db, { council: 'no-such-council', email: 'jo@kent.gov.uk' }, now, SITE);
    expect(sent()).toEqual(['jo@kent.gov.uk']);
    // Three a day to one address at most.
    for (let n = 0; n < 3; n += 1) {
      requestAssessmentLink(db, { council: 'kent', email: 'jo@kent.gov.uk' }, now, SITE);
    }
    expect(sent()).toHaveLength(3);
  });

  it('campaigners see how far councils have got, step by step', () => {
    const db = openSeededDatabase();
    saveAssessment(
      db,
      answers(kentLink(db), { 'rating-count-1': 'in_place', 'rating-act-1': 'in_progress' }),
      now,
    );
    const { url } = issueAssessmentLink(db, councilId(db, 'derby'), 'jo@derby.gov.uk', now, SITE);
    saveAssessment(
      db,
      answers(new URL(url).searchParams.get('token')!, { 'rating-count-1': 'in_place' }),
      now,
    );
    const across = progressAcrossCouncils(db);
    expect(across.councils).toBe(2);
    expect(across.steps[0]).toEqual({ step: 'count', actions: 8, inPlace: 2, inProgress: 0 });
    expect(across.steps[2]).toEqual({ step: 'act', actions: 8, inPlace: 0, inProgress: 1 });
  });
});
