import { statement, type Db } from '../db.ts';
import { isoDay } from '../format.ts';
import { labelled } from '../labelled.ts';
import type { Residence } from './residence.ts';

export const { values: TARGET_ROLES, labels: TARGET_ROLE_LABELS } = labelled({
  ward_councillor: 'Ward councillor',
  lead_member: "Lead member for children's services",
  director: "Director of children's services",
});
export type TargetRole = (typeof TARGET_ROLES)[number];

/** What is stored of a target; `stale` is not stored but read from the day it was checked. */
export const TARGET_STATES = ['unverified', 'verified', 'retired'] as const;
export type TargetState = (typeof TARGET_STATES)[number];
export type TargetStanding = TargetState | 'stale';

export const TARGET_STANDING_LABELS: Record<TargetStanding, string> = {
  unverified: 'Not checked',
  verified: 'Checked',
  stale: 'Checked over 6 months ago',
  retired: 'Retired',
};

/** A checked target is due to be checked again after this many months. */
export const STALE_AFTER_MONTHS = 6;

export interface Target {
  id: number;
  councilId: number;
  name: string;
  role: TargetRole;
  email: string | null;
  party: string | null;
  wardName: string | null;
  wardCode: string | null;
  source: string;
  lastCheckedOn: string | null;
  state: TargetState;
  externalId: string | null;
  digest: boolean;
}

export const TARGET_COLUMNS = `t.id, t.council_id AS councilId, t.name, t.role, t.email, t.party,
  t.ward_name AS wardName, t.ward_code AS wardCode, t.source, t.last_checked_on AS lastCheckedOn,
  t.state, t.external_id AS externalId, t.digest = 1 AS digest`;

/** The day before which a check is stale. */
export function staleBefore(today: Date): string {
  const day = new Date(`${isoDay(today)}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() - STALE_AFTER_MONTHS);
  return isoDay(day);
}

export function targetStanding(
  target: Pick<Target, 'state' | 'lastCheckedOn'>,
  today: Date,
): TargetStanding {
  if (target.state !== 'verified') return target.state;
  return (target.lastCheckedOn ?? '') < staleBefore(today) ? 'stale' : 'verified';
}

const asTarget = (row: unknown) => ({ ...(row as Target), digest: !!(row as Target).digest });

/**
 * Who a letter to this council may go to: checked (verified, or stale: still the best we have, and
 * the campaign team is told to check again) and with an address. Ward councillors first, then the
 * lead member, then the director.
 */
export function writableTargets(db: Db, councilId: number): Target[] {
  return statement(
    db,
    `SELECT ${TARGET_COLUMNS} FROM council_targets AS t
     WHERE t.council_id = ? AND t.state = 'verified' AND t.email IS NOT NULL
     ORDER BY CASE t.role WHEN 'ward_councillor' THEN 0 WHEN 'lead_member' THEN 1 ELSE 2 END,
              t.ward_name, t.name`,
  )
    .all(councilId)
    .map(asTarget);
}

/** Every target of a council, retired ones last, for the campaign team. */
export function councilTargets(db: Db, councilId: number): Target[] {
  return statement(
    db,
    `SELECT ${TARGET_COLUMNS} FROM council_targets AS t WHERE t.council_id = ?
     ORDER BY t.state = 'retired',
              CASE t.role WHEN 'lead_member' THEN 0 WHEN 'director' THEN 1 ELSE 2 END,
              t.ward_name, t.name`,
  )
    .all(councilId)
    .map(asTarget);
}

export function findTarget(db: Db, id: number): Target | undefined {
  const row = statement(
    db,
    `SELECT ${TARGET_COLUMNS} FROM council_targets AS t WHERE t.id = ?`,
  ).get(id);
  return row ? asTarget(row) : undefined;
}

/**
 * The people a writer at a postcode in `wardCode` can choose from: their own ward's councillors
 * and the council-wide roles. Councillors of other wards are left out: they answer to their own
 * residents.
 */
export function targetsForWriter(
  targets: readonly Target[],
  wardCode: string | null | undefined,
): Target[] {
  return targets.filter(
    (target) => target.role !== 'ward_councillor' || (!!wardCode && target.wardCode === wardCode),
  );
}

/**
 * Who a letter goes to when the writer has not chosen (or chose before anyone was checked): their
 * ward councillors and the lead member; the director only when there is neither.
 */
export function defaultRecipients(choices: readonly Target[]): Target[] {
  const first = choices.filter((target) => target.role !== 'director');
  return first.length > 0 ? first : [...choices];
}

/** Who a writer may choose to write to, and who is ticked until they choose. */
export interface RecipientChoice {
  choices: Target[];
  /** Ids ticked: what the writer chose, or their ward councillors and the lead member. */
  ticked: number[];
}

/**
 * The people this writer can choose from: their own ward's councillors (once their postcode is
 * checked) and the council-wide roles, all checked. Empty when nobody at the council is.
 */
export function recipientChoice(
  db: Db,
  councilId: number,
  residence: Residence,
  chosen: readonly number[] = [],
): RecipientChoice {
  const choices = targetsForWriter(
    writableTargets(db, councilId),
    residence.kind === 'resident' ? residence.ward?.code : null,
  );
  const kept = choices.filter((target) => chosen.includes(target.id)).map((target) => target.id);
  return {
    choices,
    ticked: kept.length > 0 ? kept : defaultRecipients(choices).map((target) => target.id),
  };
}
