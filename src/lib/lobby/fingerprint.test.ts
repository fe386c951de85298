import { describe, expect, it } from 'vitest';
import { containment, fingerprint, NEAR_DUPLICATE, similarity } from './fingerprint.ts';

const letter =
  'I live in Kent and I am writing to ask the council to sign the Runaways Charter. ' +
  'Children who run away from home or care need someone to ask them why, and a safe place to go. ' +
  'Please make sure every child who comes back is offered an independent return interview.';

describe('near-duplicate letters', () => {
  it('finds a letter with a word or two changed, and its punctuation and case', () => {
    const tweaked = letter.replace('Kent', 'Medway').toUpperCase().replaceAll('.', '!');
    expect(similarity(fingerprint(letter), fingerprint(tweaked))).toBeGreaterThanOrEqual(
      NEAR_DUPLICATE,
    );
  });

  it('does not mistake a letter in the writer’s own words for a copy', () => {
    const own =
      'My niece ran away twice last year and nobody asked her why until a youth worker did. ' +
      'I want Kent to promise that every child gets that conversation, every time.';
    expect(
      similarity(fingerprint(letter), fingerprint(`${own} ${letter.slice(0, 80)}`)),
    ).toBeLessThan(NEAR_DUPLICATE);
  });

  it('treats the same words as identical', () => {
    expect(similarity(fingerprint(letter), fingerprint(letter))).toBe(1);
    expect(similarity([], fingerprint(letter))).toBe(0);
  });

  it('measures how much of one letter is lifted from another', () => {
    const lifted = fingerprint(letter.slice(0, 120));
    expect(containment(lifted, fingerprint(letter))).toBe(1);
    expect(containment(fingerprint(letter), lifted)).toBeLessThan(0.5);
  });
});
