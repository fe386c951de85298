import { councilWards, type Ward } from '../councils/wards.ts';
import { statement, type Db } from '../db.ts';

/** How a democracy site's ward name was tied to a ward the campaign knows. */
export interface WardMatch extends Ward {
  /** `paired`: a campaigner paired the two; `name`: the names are the same once tidied. */
  how: 'paired' | 'name';
}

/**
 * A ward's name reduced to what two sources agree on: "St Mary's & Central Ward" and
 * "St Marys and Central" both become "st marys and central". Letter case, accents, "&" for
 * "and", punctuation, spacing and a trailing "Ward", "Division", "Electoral Division" or "ED"
 * (which some sites add and postcodes.io never does) make no difference.
 */
export function normaliseWardName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+(?:ward|electoral division|division|ed)$/, '');
}

/**
 * The names a site's ward might go by: itself, and, where the site puts the district in front
 * ("Cannock Chase - Hednesford North", as a county's site does), the part after the last " - ".
 */
function namesToTry(siteWardName: string): string[] {
  const dash = siteWardName.lastIndexOf(' - ');
  return dash === -1 ? [siteWardName] : [siteWardName, siteWardName.slice(dash + 3)];
}

/**
 * The known ward each of a democracy site's ward names stands for: a saved pairing first, else
 * the one known ward with the same name once tidied. A name that matches none, or two wards at
 * once, has no match (undefined) and waits for a campaigner to pair it.
 */
export function matchWards(
  db: Db,
  councilId: number,
  siteWardNames: Iterable<string>,
): Map<string, WardMatch | undefined> {
  const known = councilWards(db, councilId);
  const byName = new Map<string, Ward[]>();
  for (const ward of known) {
    const key = normaliseWardName(ward.name);
    byName.set(key, [...(byName.get(key) ?? []), ward]);
  }
  const paired = new Map(
    (
      statement(
        db,
        `SELECT p.site_ward_name AS siteName, w.gss_code AS code, w.name FROM ward_pairings AS p
         JOIN council_wards AS w ON w.gss_code = p.ward_code WHERE p.council_id = ?`,
      ).all(councilId) as (Ward & { siteName: string })[]
    ).map(({ siteName, code, name }) => [siteName, { code, name }]),
  );
  const matches = new Map<string, WardMatch | undefined>();
  for (const siteName of siteWardNames) {
    const pairing = paired.get(siteName);
    if (pairing) {
      matches.set(siteName, { ...pairing, how: 'paired' });
      continue;
    }
    const found = namesToTry(siteName)
      .map((name) => byName.get(normaliseWardName(name)) ?? [])
      .find((wards) => wards.length > 0);
    matches.set(siteName, found?.length === 1 ? { ...found[0]!, how: 'name' } : undefined);
  }
  return matches;
}

/**
 * Remembers that a democracy site's ward name means this ward, for this and every later import
 * of the council's site; a second pairing of the same name replaces the first. The ward must be
 * one of the council's known wards.
 */
export function savePairing(db: Db, councilId: number, siteWardName: string, code: string): void {
  statement(
    db,
    `INSERT INTO ward_pairings (council_id, site_ward_name, ward_code) VALUES (?, ?, ?)
     ON CONFLICT (council_id, site_ward_name) DO UPDATE SET ward_code = excluded.ward_code`,
  ).run(councilId, siteWardName, code);
}
