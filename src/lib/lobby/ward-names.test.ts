import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import type { PostcodeAnswer } from '../postcode/postcodes-io.ts';
import { CANTERBURY_POSTCODE, type FoundPostcode } from '../postcode/testing.ts';
import { PairWardFormSchema } from './councillor-import-forms.ts';
import { findImportCouncil } from './councillor-import.ts';
import { matchWards, normaliseWardName, savePairing } from './ward-names.ts';
import { pairWard, wardOfPostcode } from './ward-pairing.ts';
import { openDatabaseWithAccount } from '../admin/testing.ts';

describe('normaliseWardName', () => {
  it.each([
    ['Maidstone Central', 'maidstone central'],
    ['MAIDSTONE CENTRAL', 'maidstone central'],
    ['Chessington North & Hook Ward', 'chessington north and hook'],
    ["St Mary's and St Peter's", 'st marys and st peters'],
    ['St Mary’s', 'st marys'],
    ['Ynys Môn', 'ynys mon'],
    ['Sevenoaks North & Darent Valley Division', 'sevenoaks north and darent valley'],
    ['Lancing ED', 'lancing'],
    [
      'Arlington, East Hoathly and Hellingly Electoral Division',
      'arlington east hoathly and hellingly',
    ],
    ['  Bishop’s   Stortford–Central ', 'bishops stortford central'],
    // Only a trailing "Ward": a place called Edwardstone keeps its name.
    ['Edwardstone', 'edwardstone'],
    ['Ward End', 'ward end'],
  ])('%j becomes %j', (name, normalised) => {
    expect(normaliseWardName(name)).toBe(normalised);
  });
});

let db: Db;
let adminId: number;
let kent: number;
const now = new Date('2026-12-01T10:00:00Z');
beforeEach(() => {
  ({ db, adminId } = openDatabaseWithAccount('sam@campaign.example', 'campaigner', now));
  kent = findImportCouncil(db, 'kent')!.id;
  const addWard = db.prepare(
    'INSERT INTO council_wards (gss_code, council_id, name) VALUES (?, ?, ?)',
  );
  addWard.run('E58000699', kent, 'Maidstone Central');
  addWard.run('E58000727', kent, 'Canterbury City South');
  addWard.run('E58000800', kent, 'Sevenoaks North and Darent Valley');
  addWard.run('E58000801', kent, 'Hythe'); // two wards of one name: a name alone cannot choose
  addWard.run('E58000802', kent, 'Hythe Ward');
  addWard.run('W05000873', findImportCouncil(db, 'cardiff')!.id, 'Butetown');
});
afterEach(() => db.close());

describe('matchWards', () => {
  it('matches by tidied name, by the name after a district in front, and by saved pairing', () => {
    savePairing(db, kent, 'Canterbury South', 'E58000727');
    const matches = matchWards(db, kent, [
      'Maidstone Central',
      'Sevenoaks North & Darent Valley Division',
      'Kent - Maidstone Central',
      'Canterbury South',
      'Maidstone Rural East',
      'Hythe',
      'Butetown',
    ]);
    expect(Object.fromEntries(matches)).toEqual({
      'Maidstone Central': { code: 'E58000699', name: 'Maidstone Central', how: 'name' },
      'Sevenoaks North & Darent Valley Division': {
        code: 'E58000800',
        name: 'Sevenoaks North and Darent Valley',
        how: 'name',
      },
      'Kent - Maidstone Central': { code: 'E58000699', name: 'Maidstone Central', how: 'name' },
      'Canterbury South': { code: 'E58000727', name: 'Canterbury City South', how: 'paired' },
      'Maidstone Rural East': undefined,
      Hythe: undefined,
      // Another council's ward is not Kent's.
      Butetown: undefined,
    });
  });

  it('prefers a pairing to a name that matches', () => {
    savePairing(db, kent, 'Maidstone Central', 'E58000727');
    expect(matchWards(db, kent, ['Maidstone Central']).get('Maidstone Central')).toMatchObject({
      code: 'E58000727',
      how: 'paired',
    });
  });
});

describe('pairing a ward', () => {
  // A Maidstone postcode (another district of Kent): Harrietsham and Lenham ward, in Maidstone
  // Rural East.
  const found = (changes: Partial<FoundPostcode>): PostcodeAnswer => ({
    ...CANTERBURY_POSTCODE,
    districtCode: 'E07000110',
    ward: { code: 'E05005001', name: 'Harrietsham and Lenham' },
    division: { code: 'E58000701', name: 'Maidstone Rural East' },
    ...changes,
  });
  const form = (fields: Record<string, string>) =>
    PairWardFormSchema.parse({
      council: 'kent',
      import: '1',
      siteWardName: 'Maidstone Rural East',
      ...fields,
    });

  it('takes a county’s division from a postcode, learns it and remembers the pairing', async () => {
    const outcome = await pairWard(db, form({ postcode: 'me17 2aa' }), { adminId, now }, async () =>
      found({}),
    );
    expect(outcome).toEqual({
      kind: 'paired',
      council: 'kent',
      importId: 1,
      ward: { code: 'E58000701', name: 'Maidstone Rural East' },
    });
    expect(
      matchWards(db, kent, ['Maidstone Rural East']).get('Maidstone Rural East'),
    ).toMatchObject({
      code: 'E58000701',
      how: 'paired',
    });
    expect(
      db.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'targets.%'").get(),
    ).toEqual({
      action: 'targets.ward-paired',
      detail: JSON.stringify({
        council: kent,
        siteWard: 'Maidstone Rural East',
        ward: 'E58000701',
        byPostcode: true,
      }),
    });
  });

  it('pairs with a ward chosen from the council’s known wards, and only those', async () => {
    const chosen = form({ wardCode: 'E58000727' });
    expect(await pairWard(db, chosen, { adminId, now })).toMatchObject({ kind: 'paired' });
    expect(await pairWard(db, form({ wardCode: 'W05000873' }), { adminId, now })).toEqual({
      kind: 'problem',
      field: 'wardCode',
      message: 'Choose a ward from the list',
    });
  });

  it('takes a ward, not a division, for any council but a county', () => {
    const cardiff = findImportCouncil(db, 'cardiff')!;
    const answer = found({
      districtCode: 'W06000015',
      countyCode: 'W99999999',
      division: null,
      ward: { code: 'W05000873', name: 'Butetown' },
    });
    expect(wardOfPostcode(cardiff, 'CF10 1AA', answer)).toEqual({
      code: 'W05000873',
      name: 'Butetown',
    });
  });

  it.each([
    [{ kind: 'unknown' } as const, 'We could not find the postcode ME17 2AA'],
    [
      { kind: 'unavailable', reason: 'timed out' } as const,
      'The postcode could not be looked up just now. Try again in a minute, or choose the ward from the list.',
    ],
    [found({ countyCode: 'E10000014', districtCode: 'E07000085' }), 'ME17 2AA is not in Kent'],
    [found({ division: null }), 'postcodes.io does not say which ward ME17 2AA is in'],
  ])('refuses a postcode the lookup answers %o, changing nothing', async (answer, message) => {
    const outcome = await pairWard(
      db,
      form({ postcode: 'ME17 2AA' }),
      { adminId, now },
      async () => answer,
    );
    expect(outcome).toEqual({ kind: 'problem', field: 'postcode', message });
    expect(db.prepare('SELECT count(*) FROM ward_pairings').pluck().get()).toBe(0);
  });

  it('asks for a ward or a postcode, not both and not neither', () => {
    const problems = (fields: Record<string, string>) =>
      PairWardFormSchema.safeParse({
        council: 'kent',
        import: '1',
        siteWardName: 'X',
        ...fields,
      }).error?.issues.map((issue) => issue.message);
    expect(problems({ wardCode: '', postcode: '' })).toEqual([
      'Choose the ward from the list, or enter a postcode inside it',
    ]);
    expect(problems({ wardCode: 'E58000727', postcode: 'ME14 1XX' })).toEqual([
      'Choose the ward or enter a postcode, not both',
    ]);
    expect(problems({ postcode: 'nonsense' })).toEqual(['Enter a postcode, like ME14 1XX']);
  });
});
