import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { findCouncilByPostcode } from './find-council.ts';
import { normalisePostcode } from '../postcode/postcode.ts';
import type { PostcodeAnswer } from '../postcode/postcodes-io.ts';

describe('normalisePostcode', () => {
  it.each([
    ['sw1a1aa', 'SW1A 1AA'],
    [' CT1  1AA ', 'CT1 1AA'],
    ['m1 1ae', 'M1 1AE'],
    ['cf10-1aa', 'CF10 1AA'],
  ])('reads %j as %s', (input, written) => expect(normalisePostcode(input)).toBe(written));

  it.each(['', 'kent', '12345', 'SW1A', 'SW1A 1A', 'QQQ 1AA', 'SW1A 1AAA'])('refuses %j', (input) =>
    expect(normalisePostcode(input)).toBeUndefined(),
  );
});

describe('findCouncilByPostcode', () => {
  const db = openSeededDatabase();
  const answer = (value: PostcodeAnswer) => async (): Promise<PostcodeAnswer> => value;
  type Area = { code: string; name: string } | null;
  /** postcodes.io's answer for a postcode in England, in its ward and county division. */
  const england = (
    countyCode: string | null,
    districtCode: string | null,
    { ward = null, division = null }: { ward?: Area; division?: Area } = {},
  ) => answer({ kind: 'found', country: 'England', countyCode, districtCode, ward, division });

  it('picks the county in a two-tier area', async () => {
    expect(
      await findCouncilByPostcode(db, 'ct1 1aa', england('E10000016', 'E07000106')),
    ).toMatchObject({
      kind: 'found',
      slug: 'kent',
      postcode: 'CT1 1AA',
    });
  });

  it("gives a county's division, not the district ward, and remembers it as the county's", async () => {
    const result = await findCouncilByPostcode(
      db,
      'ME14 1XX',
      england('E10000016', 'E07000110', {
        ward: { code: 'E05005000', name: 'High Street' },
        division: { code: 'E58000699', name: 'Maidstone Central' },
      }),
    );
    expect(result).toMatchObject({
      kind: 'found',
      slug: 'kent',
      ward: { code: 'E58000699', name: 'Maidstone Central' },
    });
    expect(
      db
        .prepare(
          "SELECT w.name FROM council_wards AS w JOIN councils AS c ON c.id = w.council_id WHERE c.slug = 'kent'",
        )
        .pluck()
        .all(),
    ).toEqual(['Maidstone Central']);
  });

  it('picks the unitary council where the county code is a placeholder', async () => {
    const result = await findCouncilByPostcode(db, 'BS1 1AA', england('E99999999', 'E06000023'));
    expect(result).toMatchObject({ kind: 'found', slug: 'bristol' });
  });

  it('does not look up what is not a postcode', async () => {
    let asked = false;
    const result = await findCouncilByPostcode(db, 'not a postcode', async () => {
      asked = true;
      return { kind: 'unknown' };
    });
    expect(result).toEqual({ kind: 'invalid' });
    expect(asked).toBe(false);
  });

  it.each([
    [{ kind: 'unknown' } as const, 'unknown'],
    [{ kind: 'unavailable', reason: 'timed out' } as const, 'unavailable'],
    [
      {
        kind: 'found',
        country: 'Scotland',
        countyCode: null,
        districtCode: 'S12000036',
        ward: null,
        division: null,
      } as const,
      'outside',
    ],
  ])('answers %o as %s', async (given, kind) => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect((await findCouncilByPostcode(db, 'EH1 1AA', answer(given))).kind).toBe(kind);
    } finally {
      console.error = quiet;
    }
  });
});
