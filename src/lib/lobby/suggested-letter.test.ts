import { describe, expect, it } from 'vitest';
import { listCouncils } from '../councils/queries.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { suggestLetter } from './suggested-letter.ts';

const councils = listCouncils(openSeededDatabase());
const council = (slug: string) => councils.find((c) => c.slug === slug)!;

describe('the suggested letter', () => {
  it('asks a council that has not signed, with its region’s record and the four steps', () => {
    const letter = suggestLetter(council('cardiff'), councils);
    expect(letter.kind).toBe('ask');
    expect(letter.subject).toBe("Please sign the Runaways' Charter for children in Cardiff");
    expect(letter.opening).toContain('I live in Cardiff');
    expect(letter.opening).toContain('None of the 22 councils in Wales has signed yet');
    expect(letter.opening).toMatch(/count .* think .* act .* prevent/);
    expect(letter.opening).toContain(
      'About 100,000 children run away from home or care in the UK every year, and a quarter (about 25,000) of them are harmed or abused while they are missing.',
    );
  });

  it('counts signed councils in the region, in good grammar', () => {
    const letter = suggestLetter(council('surrey'), councils);
    const southEast = councils.filter((c) => c.region === 'South East');
    const signed = southEast.filter((c) => c.status === 'signed').length;
    expect(letter.opening).toContain(
      `${signed} of the ${southEast.length} councils in the South East ${signed === 1 ? 'has' : 'have'} signed, and 32 across England and Wales`,
    );
  });

  it('thanks a council that has signed, as precisely as the date is known', () => {
    const letter = suggestLetter(council('kent'), councils);
    expect(letter.kind).toBe('thank');
    expect(letter.subject).toBe("Thank you for signing the Runaways' Charter");
    expect(letter.opening).toContain("signing the Runaways' Charter by September 2013.");
    const onADay = {
      ...council('kent'),
      statusSince: '2026-03-14',
      statusPrecision: 'day' as const,
    };
    expect(suggestLetter(onADay, councils).opening).toContain('Charter on 14 March 2026.');
  });
});
