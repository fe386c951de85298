import { describe, expect, it } from 'vitest';
import {
  CHARTER_TEXT,
  CHARTER_VERSION,
  charterFingerprint,
  charterWordedIn,
} from './charter-text.ts';

describe('the charter text signatories commit to', () => {
  it('has four steps, each with what it asks', () => {
    expect(CHARTER_TEXT.map((step) => step.id)).toEqual(['count', 'think', 'act', 'prevent']);
    for (const step of CHARTER_TEXT) expect(step.asks.length).toBeGreaterThanOrEqual(2);
  });

  it('changes version whenever its wording changes', () => {
    // If this fails, the charter's wording changed: give CHARTER_VERSION a new value, then
    // update both lines here. Signatures keep the version they were given under.
    expect(CHARTER_VERSION).toBe('charter-2012-07');
    expect(charterFingerprint()).toBe('216a5dc881bdc05f');
  });

  it('names its version in words, never by its code', () => {
    expect(charterWordedIn(CHARTER_VERSION)).toBe('July 2012');
  });
});
