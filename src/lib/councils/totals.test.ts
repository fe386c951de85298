import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { listCouncils } from './queries.ts';
import { totalsByArea } from './totals.ts';

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
});
