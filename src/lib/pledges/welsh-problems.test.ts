import { describe, expect, it } from 'vitest';
import { TOO_LARGE_MESSAGE } from '../http/form-errors.ts';
import { LIMITS } from '../http/limits.ts';
import { problemText } from '../i18n/problems.ts';
import { PledgeFormSchema } from './schema.ts';

/** Every message the pledge form's schema gives for what a person might type wrongly. */
function pledgeMessages(): string[] {
  const wrong = [
    { firstName: '', lastName: '', email: '', postcode: 'KENT' },
    { firstName: '<b>', lastName: '1', email: 'not-an-email', postcode: 'X'.repeat(20) },
    { firstName: 'x'.repeat(60), lastName: 'y'.repeat(60), email: `${'a'.repeat(250)}@b.co` },
  ];
  return wrong.flatMap((form) => {
    const result = PledgeFormSchema.safeParse({ from: '/join', shownAt: '0', ...form });
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  });
}

describe('the Welsh of the problems a Welsh supporter can meet while joining', () => {
  const messages = [
    ...pledgeMessages(),
    TOO_LARGE_MESSAGE,
    LIMITS.pledges.message(),
    LIMITS.privacyLinks.message(),
    LIMITS.postcodeLookups.message('looked up a lot of postcodes'),
    'That was quick! Please check your details, then press the button again.',
  ];

  it.each(messages)('"%s" has its Welsh', (message) => {
    expect(problemText(message, 'cy')).not.toBe(message);
    expect(problemText(message, 'en')).toBe(message);
  });

  it('finds every kind of mistake the pledge form can report', () => {
    expect(new Set(pledgeMessages()).size).toBeGreaterThanOrEqual(10);
  });
});
