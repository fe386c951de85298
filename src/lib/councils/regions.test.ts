import { describe, expect, it } from 'vitest';
import { regionInSentence } from './regions.ts';

describe('regionInSentence', () => {
  it.each([
    ['North West', 'the North West'],
    ['East of England', 'the East of England'],
    ['London', 'London'],
    ['Wales', 'Wales'],
    ['Yorkshire and The Humber', 'Yorkshire and The Humber'],
  ] as const)('%s reads "lived in %s"', (region, phrase) => {
    expect(regionInSentence(region)).toBe(phrase);
  });
});
