import { recordAudit } from '../audit/audit.ts';
import type { Recorder } from '../councils/record-events.ts';
import { recordWard, type Ward } from '../councils/wards.ts';
import { statement, type Db } from '../db.ts';
import { lookUpPostcode, type PostcodeAnswer } from '../postcode/postcodes-io.ts';
import type { PairWardForm } from './councillor-import-forms.ts';
import { findImportCouncil, type ImportCouncil } from './councillor-import.ts';
import { savePairing } from './ward-names.ts';

type PairOutcome =
  | { kind: 'paired'; council: string; importId: number; ward: Ward }
  | { kind: 'problem'; field: 'wardCode' | 'postcode'; message: string };

/**
 * The ward a postcode is in, as this council's councillors represent it: a county council's
 * councillors sit for county electoral divisions, every other council's for wards. A problem
 * (for the postcode box) when the postcode is unknown, not in this council, or cannot be looked
 * up just now.
 */
export function wardOfPostcode(
  council: ImportCouncil,
  postcode: string,
  answer: PostcodeAnswer,
): Ward | { problem: string } {
  if (answer.kind === 'unknown') return { problem: `We could not find the postcode ${postcode}` };
  if (answer.kind === 'unavailable') {
    return {
      problem:
        'The postcode could not be looked up just now. Try again in a minute, or choose the ward from the list.',
    };
  }
  if (answer.districtCode !== council.gssCode && answer.countyCode !== council.gssCode) {
    return { problem: `${postcode} is not in ${council.shortName}` };
  }
  const found = council.type === 'county' ? answer.division : answer.ward;
  return found ?? { problem: `postcodes.io does not say which ward ${postcode} is in` };
}

/**
 * Pairs one of a democracy site's ward names with a ward, for this import and every later one:
 * a ward chosen from the council's known wards, or the ward a postcode is in (looked up, and
 * remembered as one of the council's wards). Audited. Undefined when there is no such council.
 */
export async function pairWard(
  db: Db,
  form: PairWardForm,
  { adminId, now }: Recorder,
  lookUp: (postcode: string) => Promise<PostcodeAnswer> = lookUpPostcode,
): Promise<PairOutcome | undefined> {
  const council = findImportCouncil(db, form.council);
  if (!council) return undefined;
  let learned: Ward | undefined;
  if (form.postcode) {
    const found = wardOfPostcode(council, form.postcode, await lookUp(form.postcode));
    if ('problem' in found) return { kind: 'problem', field: 'postcode', message: found.problem };
    learned = found;
  }
  return db.transaction((): PairOutcome => {
    if (learned) recordWard(db, council.id, learned);
    const ward =
      learned ??
      (statement(
        db,
        'SELECT gss_code AS code, name FROM council_wards WHERE gss_code = ? AND council_id = ?',
      ).get(form.wardCode, council.id) as Ward | undefined);
    if (!ward) {
      return { kind: 'problem', field: 'wardCode', message: 'Choose a ward from the list' };
    }
    savePairing(db, council.id, form.siteWardName, ward.code);
    recordAudit(
      db,
      adminId,
      'targets.ward-paired',
      { council: council.id, siteWard: form.siteWardName, ward: ward.code, byPostcode: !!learned },
      now,
    );
    return { kind: 'paired', council: council.slug, importId: form.import, ward };
  })();
}
