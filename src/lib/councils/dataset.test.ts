import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../csv.ts';
import { SEED_DIR } from '../site/seed.ts';

/*
 * The councils dataset is the campaign's reference: these checks guard it against a bad edit.
 */
const councils = parseCsvRecords(readFileSync(join(SEED_DIR, 'councils.csv'), 'utf8'));
const events = parseCsvRecords(readFileSync(join(SEED_DIR, 'council-status-events.csv'), 'utf8'));

/** The GSS code prefix ONS gives each kind of authority. */
const PREFIX_BY_TYPE: Record<string, RegExp> = {
  county: /^E10/,
  unitary: /^E06/,
  'metropolitan borough': /^E08/,
  'London borough': /^E09/,
  'city corporation': /^E09000001$/,
  'Welsh unitary': /^W06/,
};

/** The 32 councils the charity named as signatories by September 2013, as the report named them. */
const SIGNATORIES_2013 = [
  'Barking and Dagenham',
  'Barnet',
  'Bradford',
  'Bristol',
  'Cambridgeshire',
  'Derby City',
  'Derbyshire',
  'Devon',
  'East Riding of Yorkshire',
  'Enfield',
  'Hampshire',
  'Harrow',
  'Havering',
  'Hertfordshire',
  'Kent',
  'Lancashire',
  'Leicestershire',
  'Manchester',
  'Milton Keynes',
  'Newcastle upon Tyne',
  'North Lincolnshire',
  'North Tyneside',
  'Nottinghamshire',
  'Oldham',
  'Oxfordshire',
  'Reading',
  'Southend-on-Sea',
  'Staffordshire',
  'Stockport',
  'Stoke-on-Trent',
  'Warrington',
  'West Berkshire',
];

const column = (name: string) => councils.map((council) => council[name]);
const unique = (values: unknown[]) => new Set(values).size === values.length;

describe('the councils dataset', () => {
  it('has the 153 English and 22 Welsh authorities with children’s services duties', () => {
    expect(councils).toHaveLength(175);
    expect(column('nation').filter((nation) => nation === 'England')).toHaveLength(153);
    expect(column('nation').filter((nation) => nation === 'Wales')).toHaveLength(22);
  });

  it.each(['gss_code', 'slug', 'official_name', 'website_domain'])(
    'has a unique %s for each',
    (name) => {
      expect(column(name).every(Boolean)).toBe(true);
      expect(unique(column(name))).toBe(true);
    },
  );

  it('gives each council a GSS code that matches its type', () => {
    const mismatched = councils.filter(
      (council) => !PREFIX_BY_TYPE[council.type!]?.test(council.gss_code!),
    );
    expect(mismatched).toEqual([]);
  });

  it('puts every Welsh council in Wales and every English one in an English region', () => {
    for (const council of councils) {
      expect(council.gss_code!.startsWith('W')).toBe(council.nation === 'Wales');
      expect(council.region === 'Wales').toBe(council.nation === 'Wales');
    }
  });

  it('places every centroid inside England and Wales', () => {
    const outside = councils.filter((council) => {
      const latitude = Number(council.latitude);
      const longitude = Number(council.longitude);
      return !(latitude > 49.8 && latitude < 55.9 && longitude > -6.5 && longitude < 1.8);
    });
    expect(outside).toEqual([]);
  });
});

describe('the status history seed', () => {
  const byGss = new Map(councils.map((council) => [council.gss_code, council]));

  it('names exactly the 32 councils that had signed by September 2013', () => {
    const names = events.map((event) => byGss.get(event.gss_code)?.short_name);
    const asReported = (name: string) => (name === 'Derby City' ? 'Derby' : name);
    expect(names.sort()).toEqual(SIGNATORIES_2013.map(asReported).sort());
  });

  it('dates every signing between the launch in July 2012 and September 2013', () => {
    for (const event of events) {
      expect(event.status).toBe('signed');
      expect(event.occurred_on! >= '2012-07-01' && event.occurred_on! <= '2013-09-30').toBe(true);
      expect(event.source).toBeTruthy();
    }
  });
});
