import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { emailsTo, enqueueEmail } from './outbox.ts';

const message = (to: string, template = 'signing-verify') => ({
  template,
  to,
  subject: 'Subject',
  html: '<p>Hello</p>',
  text: 'Hello',
});

describe('emailsTo', () => {
  it('counts one template to one address in any letter case, since a time', () => {
    const db = openSeededDatabase();
    const before = new Date(Date.now() - 60_000);
    enqueueEmail(db, 'a', message('Alex@Council.gov.uk'));
    enqueueEmail(db, 'b', message('alex@council.gov.uk'));
    enqueueEmail(db, 'c', message('alex@council.gov.uk', 'assessment-link'));
    enqueueEmail(db, 'd', message('sam@council.gov.uk'));
    expect(emailsTo(db, 'ALEX@council.gov.uk', 'signing-verify', before)).toBe(2);
    expect(emailsTo(db, 'alex@council.gov.uk', 'assessment-link', before)).toBe(1);
    expect(
      emailsTo(db, 'alex@council.gov.uk', 'signing-verify', new Date(Date.now() + 60_000)),
    ).toBe(0);
  });
});
