import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problems.ts';
import { AssessmentFormSchema } from './assessment.ts';
import { AssessmentLinkRequestSchema } from './assessment-links.ts';
import { SigningFormSchema } from './form.ts';
import { signingProblemMessage } from './messages.ts';

/** Every message a schema gives for the forms below, however they are filled in wrongly. */
function messagesFor(schema: { safeParse: (input: unknown) => unknown }, inputs: unknown[]) {
  return new Set(
    inputs.flatMap((input) => {
      const result = schema.safeParse(input) as { error?: { issues: { message: string }[] } };
      return result.error?.issues.map((issue) => issue.message) ?? [];
    }),
  );
}

const long = 'x'.repeat(300);

describe('the signing forms on a Welsh page', () => {
  const shown = [
    // The hidden charterVersion is always sent by the page, so it is given here too.
    ...messagesFor(SigningFormSchema, [
      { charterVersion: '' },
      { council: 'Not a slug!', intent: 'pledge', intendsBy: 'soon', charterVersion: 'old' },
      {
        name: long,
        role: long,
        leadMember: long,
        email: `${long}@example.org`,
        charterVersion: '',
      },
      { email: 'not an address', charterVersion: '' },
    ]),
    ...messagesFor(AssessmentLinkRequestSchema, [{}, { council: 'x y', email: 'nope' }]),
    ...messagesFor(AssessmentFormSchema, [
      { token: 'a'.repeat(20), 'evidence-count-1': long.repeat(4) },
    ]),
  ];

  it.each(shown)('says "%s" in Welsh', (message) => {
    expect(problemText(message, 'cy')).not.toBe(message);
  });

  it.each([
    { kind: 'unknown-council' },
    {
      kind: 'already-signed',
      councilName: 'Cyngor Caerdydd',
      since: { on: '2013-09-19', precision: 'by' },
    },
    {
      kind: 'already-pledged',
      councilName: 'Cyngor Caerdydd',
      since: { on: '2026-06-01', precision: 'day' },
    },
    { kind: 'date-out-of-range' },
    { kind: 'too-many-emails' },
  ] as const)('explains a council that cannot take the step ($kind) in Welsh', (problem) => {
    expect(signingProblemMessage(problem, 'cy')).not.toMatch(/\b(the|and|your|council|this)\b/i);
  });
});
