import { describe, expect, it } from 'vitest';
import { listCouncils } from '../councils/queries.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { QUOTATIONS, quotationsForCouncil } from './facts.ts';

describe('quotations for a council’s page', () => {
  it('name councils that exist, by the slug of their page', () => {
    const slugs = listCouncils(openSeededDatabase()).map((council) => council.slug);
    for (const { council } of Object.values(QUOTATIONS)) {
      if (council) expect(slugs).toContain(council);
    }
  });

  it('are the ones that name the council, and only those', () => {
    expect(quotationsForCouncil('lancashire').map(({ id }) => id)).toEqual([
      'chris-henig',
      'rob-jackson',
    ]);
    expect(quotationsForCouncil('kent')).toEqual([]);
  });
});
