import { describe, expect, it } from 'vitest';
import { EARLIER_GIFT_AID_DECLARATIONS, GIFT_AID_DECLARATION } from './gift-aid.ts';

describe('the Gift Aid declaration', () => {
  it('names the charity the giver declares to, with its registered number', () => {
    expect(GIFT_AID_DECLARATION.paragraphs[0]).toContain(
      "I want The Children's Society, registered charity 221124 (England and Wales), to claim Gift Aid",
    );
    expect(GIFT_AID_DECLARATION.version).toContain('registered charity 221124');
  });

  it('has a version of its own, while the words of earlier versions stay readable', () => {
    expect(Object.keys(EARLIER_GIFT_AID_DECLARATIONS)).not.toContain(GIFT_AID_DECLARATION.version);
    for (const words of Object.values(EARLIER_GIFT_AID_DECLARATIONS)) {
      expect(words).not.toEqual(GIFT_AID_DECLARATION.paragraphs);
    }
  });
});
