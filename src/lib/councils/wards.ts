import { statement, type Db } from '../db.ts';

/** A ward's (E05, W05) or a county electoral division's (E58) GSS code. */
export const WARD_CODE = /^(E05|W05|E58)\d{6}$/;

export interface Ward {
  code: string;
  name: string;
}

/**
 * Remembers a ward of a council, as a postcode lookup named it, so campaigners can pair the ward
 * names on a council's own site with codes. The name is refreshed: boundaries and names change.
 */
export function recordWard(db: Db, councilId: number, ward: Ward): void {
  statement(
    db,
    `INSERT INTO council_wards (gss_code, council_id, name) VALUES (?, ?, ?)
     ON CONFLICT (gss_code) DO UPDATE SET council_id = excluded.council_id, name = excluded.name`,
  ).run(ward.code, councilId, ward.name);
}

/** The wards of a council known so far, by name. */
export function councilWards(db: Db, councilId: number): Ward[] {
  return statement(
    db,
    'SELECT gss_code AS code, name FROM council_wards WHERE council_id = ? ORDER BY name',
  ).all(councilId) as Ward[];
}
