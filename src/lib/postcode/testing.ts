import type { PostcodeAnswer } from './postcodes-io.ts';

/* For tests: what postcodes.io says about a postcode in Kent, as the fake service says it too. */

export type FoundPostcode = Extract<PostcodeAnswer, { kind: 'found' }>;

/** A Canterbury postcode (the fake's FAKE_POSTCODES.kent): Westgate ward, in Kent's Canterbury City South. */
export const CANTERBURY_POSTCODE: FoundPostcode = {
  kind: 'found',
  country: 'England',
  districtCode: 'E07000106',
  countyCode: 'E10000016',
  ward: { code: 'E05010412', name: 'Westgate' },
  division: { code: 'E58000727', name: 'Canterbury City South' },
};
