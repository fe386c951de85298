import { describe, expect, it } from 'vitest';
import { AREA_PROBLEMS } from './messages/cy/problems.ts';

describe('Welsh form problems', () => {
  it('gives each English message its Welsh in one area only, so no two areas disagree', () => {
    const seen = new Map<string, number>();
    for (const area of AREA_PROBLEMS) {
      for (const english of Object.keys(area)) seen.set(english, (seen.get(english) ?? 0) + 1);
    }
    expect([...seen].filter(([, count]) => count > 1).map(([english]) => english)).toEqual([]);
  });
});
