import { statement, type Db } from '../db.ts';
import { formatKnownDate, joinPresent, type DatePrecision } from '../format.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { STATUS_LABELS, statusLabel, type CouncilStatus } from './status.ts';

/**
 * What can happen to a council's record. A council pledges, signs or withdraws; a correction says
 * the record was wrong and what the status really is; a signatory event names, later, who signed.
 * Each is appended to the history (`council_status_events`): nothing is edited or deleted.
 */
const EVENT_KINDS = ['pledged', 'signed', 'withdrawn', 'corrected', 'signatory'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The kinds that set a status, which a campaigner records on the status form. */
export const STATUS_EVENT_KINDS = ['pledged', 'signed', 'withdrawn', 'corrected'] as const;
export type StatusEventKind = (typeof STATUS_EVENT_KINDS)[number];

/**
 * The one rule for how a council's status may change: each kind of event, the statuses it may
 * follow and the status it leaves. A correction may follow anything and leaves the status it
 * names. Signing through the site (src/lib/signing) asks the same rule.
 */
const MOVES: Record<
  Exclude<StatusEventKind, 'corrected'>,
  { from: readonly CouncilStatus[]; to: CouncilStatus }
> = {
  pledged: { from: ['not_signed'], to: 'pledged' },
  signed: { from: ['not_signed', 'pledged'], to: 'signed' },
  withdrawn: { from: ['pledged', 'signed'], to: 'not_signed' },
};

/** Whether a council with status `from` may have an event of this kind. */
export function canMove(from: CouncilStatus, kind: Exclude<StatusEventKind, 'corrected'>): boolean {
  return MOVES[kind].from.includes(from);
}

/** The status an event of this kind leaves. */
export const statusAfter = (kind: Exclude<StatusEventKind, 'corrected'>): CouncilStatus =>
  MOVES[kind].to;

/** Words for people, in the public history and the campaigners' form. */

/** An event as the public history and the timeline name it: "Signed", "Record corrected: signed". */
export function eventLabel(
  event: { kind: EventKind; status: CouncilStatus | null },
  locale: Locale = 'en',
): string {
  const labels: Record<EventKind, string> = messages(locale).councils.events;
  return event.kind === 'corrected'
    ? `${labels.corrected}: ${statusLabel(event.status!, locale).toLowerCase()}`
    : labels[event.kind];
}

/** The charter was launched on this day: no council pledged or signed before it. */
export const CHARTER_LAUNCHED_ON = '2012-07-09';

export interface CouncilEvent {
  id: number;
  kind: EventKind;
  /** The council's status after the event; null for a signatory named later. */
  status: CouncilStatus | null;
  occurredOn: string;
  precision: DatePrecision;
  source: string;
  note: string | null;
  signatoryName: string | null;
  signatoryRole: string | null;
}

/** The columns of `council_status_events` that make a CouncilEvent. */
export const EVENT_COLUMNS = `id, kind, status, occurred_on AS occurredOn, precision, source, note,
  signatory_name AS signatoryName, signatory_role AS signatoryRole`;

/** A council's history, oldest first (by date, then in the order it was recorded). */
export function councilHistory(db: Db, councilId: number): CouncilEvent[] {
  return statement(
    db,
    `SELECT ${EVENT_COLUMNS} FROM council_status_events WHERE council_id = ? ORDER BY occurred_on, id`,
  ).all(councilId) as CouncilEvent[];
}

export interface Signing {
  occurredOn: string;
  precision: DatePrecision;
  signatoryName: string | null;
  signatoryRole: string | null;
}

/**
 * The signing a council stands by now, if it is signed: the latest event that left it signed,
 * with the signatory a later event named, if one did. Undefined for a council not signed now,
 * whatever it once did.
 */
export function currentSigning(history: readonly CouncilEvent[]): Signing | undefined {
  const byRecording = [...history].sort((a, b) => a.id - b.id);
  const latest = byRecording.findLast((event) => event.status !== null);
  if (latest?.status !== 'signed') return undefined;
  const named = byRecording.findLast((event) => event.kind === 'signatory' && event.id > latest.id);
  return {
    occurredOn: latest.occurredOn,
    precision: latest.precision,
    signatoryName: named?.signatoryName ?? latest.signatoryName,
    signatoryRole: named ? named.signatoryRole : latest.signatoryRole,
  };
}

/** What one event says, in a sentence's worth of words, for the history and for reports. */
export function describeEvent(event: Omit<CouncilEvent, 'id' | 'source' | 'note'>): string {
  const who = event.signatoryName
    ? ` by ${joinPresent(event.signatoryName, event.signatoryRole)}`
    : '';
  const when = formatKnownDate(event.occurredOn, event.precision);
  if (event.kind === 'signatory') return `${when}: the signatory named${who}`;
  if (event.kind === 'corrected')
    return `${when}: record corrected to ${STATUS_LABELS[event.status!].toLowerCase()}`;
  return `${when}: ${eventLabel(event).toLowerCase()}${event.kind === 'signed' ? who : ''}`;
}

/** Councils that took the same step on the same (as precisely known) date, for /timeline. */
export interface RecordedStep {
  date: string;
  precision: DatePrecision;
  kind: Exclude<EventKind, 'signatory'>;
  status: CouncilStatus;
  councils: { slug: string; shortName: string }[];
}

/**
 * Every step recorded on any council's record (pledges, signings, withdrawals, corrections),
 * oldest first, councils that took the same step on the same date together: the 32 named in the
 * 2013 report make one entry, "by September 2013".
 */
export function recordedSteps(db: Db): RecordedStep[] {
  const rows = statement(
    db,
    `SELECT e.occurred_on AS date, e.precision, e.kind, e.status, c.slug, c.short_name AS shortName
     FROM council_status_events AS e JOIN councils AS c ON c.id = e.council_id
     WHERE e.kind <> 'signatory' ORDER BY e.occurred_on, e.precision, e.kind, c.short_name`,
  ).all() as (Omit<RecordedStep, 'councils'> & { slug: string; shortName: string })[];
  const steps: RecordedStep[] = [];
  for (const { slug, shortName, ...step } of rows) {
    const last = steps.at(-1);
    const same =
      last &&
      last.date === step.date &&
      last.precision === step.precision &&
      last.kind === step.kind &&
      last.status === step.status;
    if (same) last.councils.push({ slug, shortName });
    else steps.push({ ...step, councils: [{ slug, shortName }] });
  }
  return steps;
}
