import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../testing.ts';
import { listCouncils } from './queries.ts';
import { signaturesOverTime, totalsByArea } from './totals.ts';

const councils = listCouncils(openSeededDatabase());

describe('council totals', () => {
  it('adds up by nation and region', () => {
    const { all, nations, regions } = totalsByArea(councils);
    expect(all).toEqual({
      name: 'England and Wales',
      total: 175,
      byStatus: { not_signed: 143, pledged: 0, signed: 32 },
    });
    expect(nations.map((n) => [n.name, n.total, n.byStatus.signed])).toEqual([
      ['England', 153, 32],
      ['Wales', 22, 0],
    ]);
    expect(regions.reduce((sum, r) => sum + r.total, 0)).toBe(175);
    expect(regions.find((r) => r.name === 'London')?.byStatus.signed).toBe(5);
  });

  it('runs the total of signatures up to 32 by September 2013', () => {
    const points = signaturesOverTime(councils);
    expect(points[0]).toEqual({ date: '2012-07-16', total: 1 });
    expect(points.at(-1)!.total).toBe(32);
    expect(points.at(-1)!.date <= '2013-09-30').toBe(true);
    for (let i = 1; i < points.length; i += 1) {
      expect(points[i]!.date > points[i - 1]!.date).toBe(true);
      expect(points[i]!.total).toBeGreaterThan(points[i - 1]!.total);
    }
  });
});
