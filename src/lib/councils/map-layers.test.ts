import { describe, expect, it } from 'vitest';
import { hexagonKey, mapLegend, progressBand, progressText, shownShare } from './map-layers.ts';

const signed = { id: 1, status: 'signed' as const };
const pledged = { id: 2, status: 'pledged' as const };
const notSigned = { id: 3, status: 'not_signed' as const };
const shares = new Map([
  [1, { inPlace: 12, actions: 16 }],
  [3, { inPlace: 16, actions: 16 }],
]);

describe('the map layers', () => {
  it('says "no self-assessment" rather than 0% for a council that has none', () => {
    expect(progressText(undefined)).toBe('No self-assessment');
    expect(progressText({ inPlace: 0, actions: 16 })).toBe('0% of actions in place (0 of 16)');
    expect(hexagonKey('progress', pledged, shares)).toBe('unassessed');
  });

  it('shows no progress for a council that has not signed, as its own page does', () => {
    expect(shownShare(notSigned, shares)).toBeUndefined();
    expect(hexagonKey('progress', notSigned, shares)).toBe('unassessed');
  });

  it.each([
    [0, 0],
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [11, 2],
    [12, 3],
    [16, 3],
  ])('puts %i of 16 actions in band %i', (inPlace, band) => {
    expect(progressBand({ inPlace, actions: 16 })).toBe(band);
  });

  it('keys hexagons by status on the status layer', () => {
    expect(hexagonKey('status', signed, shares)).toBe('signed');
    expect(hexagonKey('status', notSigned, shares)).toBe('not_signed');
  });

  it('has a legend for each layer that counts every council once', () => {
    const councils = [signed, pledged, notSigned];
    expect(mapLegend('status', councils, shares)).toEqual([
      { key: 'signed', label: 'Signed the charter', count: 1 },
      { key: 'pledged', label: 'Said it will sign', count: 1 },
      { key: 'not_signed', label: 'Not signed yet', count: 1 },
    ]);
    const progress = mapLegend('progress', councils, shares);
    expect(progress.map((entry) => entry.key)).toEqual([
      'band-3',
      'band-2',
      'band-1',
      'band-0',
      'unassessed',
    ]);
    expect(progress.find((entry) => entry.key === 'band-3')!.count).toBe(1);
    expect(progress.find((entry) => entry.key === 'unassessed')!.count).toBe(2);
    expect(progress.reduce((sum, entry) => sum + entry.count, 0)).toBe(3);
  });
});
