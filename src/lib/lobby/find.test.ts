import { describe, expect, it } from 'vitest';
import { listCouncils } from '../councils/queries.ts';
import type { PostcodeAnswer } from '../postcode/postcodes-io.ts';
import { CANTERBURY_POSTCODE } from '../postcode/testing.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { findLobbyCouncil } from './find.ts';

const db = openSeededDatabase();
const councils = listCouncils(db);
const canterbury = async (): Promise<PostcodeAnswer> => CANTERBURY_POSTCODE;
const find = (text: string, lookUp = canterbury) => findLobbyCouncil(db, councils, text, lookUp);

describe('finding the council to write to', () => {
  it('finds it by postcode and keeps the postcode for the letter', async () => {
    expect(await find('ct1 1aa')).toEqual({ kind: 'found', slug: 'kent', postcode: 'CT1 1AA' });
  });

  it('finds it by name, whole or in part, ignoring case, accents and "council"', async () => {
    expect(await find('KENT county council')).toEqual({ kind: 'found', slug: 'kent' });
    expect(await find('st helens')).toEqual({ kind: 'found', slug: 'st-helens' });
  });

  it('finds a Welsh council by its Welsh name, short or in full', async () => {
    expect(await find('Caerdydd')).toEqual({ kind: 'found', slug: 'cardiff' });
    expect(await find('cyngor sir ynys mon')).toEqual({ kind: 'found', slug: 'isle-of-anglesey' });
    expect(await find('Bro Morgannwg')).toEqual({ kind: 'found', slug: 'vale-of-glamorgan' });
  });

  it('offers a choice when a name fits several councils', async () => {
    const found = await find('north');
    expect(found.kind).toBe('choose');
    expect(found.kind === 'choose' && found.councils.map((c) => c.slug)).toContain(
      'north-tyneside',
    );
  });

  it('says so when nothing matches, or the postcode is unknown or the service down', async () => {
    expect(await find('Atlantis')).toEqual({ kind: 'no-match', text: 'Atlantis' });
    expect(await find('ZZ9 9ZZ', async () => ({ kind: 'unknown' }))).toEqual({
      kind: 'unknown-postcode',
      postcode: 'ZZ9 9ZZ',
    });
    expect(
      await find('CT1 1AA', async () => ({ kind: 'unavailable', reason: 'timed out' })),
    ).toEqual({ kind: 'unavailable', postcode: 'CT1 1AA' });
  });
});
