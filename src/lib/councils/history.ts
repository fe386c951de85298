import { z } from 'zod';
import { recordAudit } from '../admin/audit.ts';
import { statement, type Db } from '../db.ts';
import {
  DATE_PRECISIONS,
  formatKnownDate,
  isoDay,
  whenKnown,
  type DatePrecision,
} from '../format.ts';
import { emptyAsUndefined, singleLine } from '../form-fields.ts';
import { resolveReport } from './reports.ts';
import { COUNCIL_SLUG } from './slug.ts';
import { COUNCIL_STATUSES, STATUS_LABELS, type CouncilStatus } from './status.ts';

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

/** Words for people, in the public history and the campaigners' form. */
export const EVENT_LABELS: Record<EventKind, string> = {
  pledged: 'Pledged to sign',
  signed: 'Signed',
  withdrawn: 'Withdrew',
  corrected: 'Record corrected',
  signatory: 'Signatory named',
};

/** The charter was launched on this day: no council pledged or signed before it. */
const CHARTER_LAUNCHED_ON = '2012-07-09';

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

/** A council's history, oldest first (by date, then in the order it was recorded). */
export function councilHistory(db: Db, councilId: number): CouncilEvent[] {
  return statement(
    db,
    `SELECT id, kind, status, occurred_on AS occurredOn, precision, source, note,
            signatory_name AS signatoryName, signatory_role AS signatoryRole
     FROM council_status_events WHERE council_id = ? ORDER BY occurred_on, id`,
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
function describeEvent(event: Omit<CouncilEvent, 'id' | 'source' | 'note'>): string {
  const who = event.signatoryName
    ? ` by ${event.signatoryName}${event.signatoryRole ? `, ${event.signatoryRole}` : ''}`
    : '';
  const when = formatKnownDate(event.occurredOn, event.precision);
  if (event.kind === 'signatory') return `${when}: the signatory named${who}`;
  if (event.kind === 'corrected')
    return `${when}: record corrected to ${STATUS_LABELS[event.status!].toLowerCase()}`;
  return `${when}: ${EVENT_LABELS[event.kind].toLowerCase()}${event.kind === 'signed' ? who : ''}`;
}

const source = z
  .string({ error: 'Say where this comes from: a link, or the name of a document' })
  .trim()
  .min(3, 'Say where this comes from: a link, or the name of a document')
  .max(300, 'Keep the source to 300 characters or fewer');
const note = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value : ''),
    z
      .string()
      .trim()
      .max(max, `Keep the note to ${max.toLocaleString('en-GB')} characters or fewer`)
      .transform((value) => value || null),
  );
const optionalName = (label: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value : ''),
    singleLine(
      label,
      100,
      `Keep the ${label.toLowerCase()} to 100 characters or fewer`,
      0,
    ).transform((value) => value || null),
  );
/** Every form on a council's record says which council, and which report it answers, if one. */
export const RecordFormFields = {
  council: z.string().regex(COUNCIL_SLUG),
  /** An "Is this wrong?" report the change answers, when it came from one. */
  report: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().optional()),
};

/** The form campaigners record a status event with. */
export const StatusEventFormSchema = z
  .object({
    kind: z.enum(STATUS_EVENT_KINDS, { error: 'Choose what happened' }),
    /** For a correction: what the status really is. */
    correctedTo: z.preprocess(emptyAsUndefined, z.enum(COUNCIL_STATUSES).optional()),
    occurredOn: z.iso.date({ error: 'Enter the date, like 31/03/2014' }),
    precision: z.enum(DATE_PRECISIONS, { error: 'Say how precisely the date is known' }),
    source,
    note: note(1000),
    signatoryName: optionalName('Name'),
    signatoryRole: optionalName('Role'),
    ...RecordFormFields,
  })
  .superRefine((form, context) => {
    if (form.kind === 'corrected' && !form.correctedTo) {
      context.addIssue({
        code: 'custom',
        path: ['correctedTo'],
        message: 'Say what the status really is',
      });
    }
    if (form.kind === 'corrected' && !form.note) {
      context.addIssue({ code: 'custom', path: ['note'], message: 'Say what was wrong' });
    }
  });
export type StatusEventForm = z.infer<typeof StatusEventFormSchema>;

/** The form that names who signed for a council, after the fact. */
export const SignatoryFormSchema = z.object({
  signatoryName: singleLine(
    'Enter the name of the person who signed',
    100,
    'Keep the name to 100 characters or fewer',
    2,
  ),
  signatoryRole: optionalName('Role'),
  source,
  ...RecordFormFields,
});
export type SignatoryForm = z.infer<typeof SignatoryFormSchema>;

/** A council as the campaigners' forms need it. */
interface RecordedCouncil {
  id: number;
  shortName: string;
  status: CouncilStatus;
  statusSince: string | null;
  statusPrecision: DatePrecision | null;
}

/** The council a form names, as the record's rules need it. */
function recordedCouncil(db: Db, slug: string): RecordedCouncil | undefined {
  return statement(
    db,
    `SELECT c.id, c.short_name AS shortName, s.status, s.status_since AS statusSince,
            s.status_precision AS statusPrecision
     FROM councils AS c JOIN council_status AS s ON s.council_id = c.id WHERE c.slug = ?`,
  ).get(slug) as RecordedCouncil | undefined;
}

/** Why an event cannot be recorded, beside the field it is about. */
export interface RecordProblem {
  field: 'kind' | 'occurredOn' | 'signatoryName';
  message: string;
}

export type RecordOutcome =
  { kind: 'recorded'; eventId: number } | { kind: 'problem'; problem: RecordProblem };

/** Whether the event may be recorded on this council's record today, and if not, why. */
function statusEventProblem(
  council: RecordedCouncil,
  form: StatusEventForm,
  today: string,
): RecordProblem | undefined {
  if (form.occurredOn > today) {
    return { field: 'occurredOn', message: 'The date cannot be in the future' };
  }
  if (form.kind === 'corrected') return undefined;
  if (form.occurredOn < CHARTER_LAUNCHED_ON && form.kind !== 'withdrawn') {
    return {
      field: 'occurredOn',
      message: `The charter was launched on 9 July 2012: no council ${form.kind} before then`,
    };
  }
  const name = council.shortName;
  const since = council.statusSince
    ? whenKnown(council.statusSince, council.statusPrecision ?? 'day')
    : '';
  if (!canMove(council.status, form.kind)) {
    const message =
      form.kind === 'withdrawn'
        ? `${name} has not signed or pledged, so there is nothing to withdraw.`
        : `${name} has already ${council.status === 'signed' ? 'signed' : 'pledged to sign'} (${since}). If the record is wrong, record a correction instead.`;
    return { field: 'kind', message };
  }
  if (council.statusSince && form.occurredOn < council.statusSince) {
    return {
      field: 'occurredOn',
      message: `This cannot come before the council's current status, recorded ${since}. If that is wrong, record a correction.`,
    };
  }
  return undefined;
}

/** Who recorded an event, and when. */
export interface Recorder {
  adminId: number;
  now: Date;
}

/** The columns of a new event; `signingRequestId` when it comes from a signing through the site. */
type NewCouncilEvent = Omit<CouncilEvent, 'id'> & { signingRequestId?: number };

/**
 * Writes one event into a council's history and touches the council's `updated_at`, so open data
 * says when it changed. Every way an event is recorded comes through here. Returns its id.
 */
export function insertCouncilEvent(
  db: Db,
  councilId: number,
  event: NewCouncilEvent,
  { adminId, now }: Recorder,
): number {
  const id = Number(
    statement(
      db,
      `INSERT INTO council_status_events (council_id, kind, status, occurred_on, precision,
         source, note, signatory_name, signatory_role, signing_request_id, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      councilId,
      event.kind,
      event.status,
      event.occurredOn,
      event.precision,
      event.source,
      event.note,
      event.signatoryName,
      event.signatoryRole,
      event.signingRequestId ?? null,
      adminId,
      now.toISOString(),
    ).lastInsertRowid,
  );
  statement(db, 'UPDATE councils SET updated_at = ? WHERE id = ?').run(
    now.toISOString(),
    councilId,
  );
  return id;
}

/**
 * Appends a campaigner's event to a council's history, audited; when it answers an "Is this
 * wrong?" report, the report is marked accepted with what was changed. All or nothing.
 */
function appendEvent(
  db: Db,
  council: RecordedCouncil,
  event: NewCouncilEvent & { report?: number | undefined },
  recorder: Recorder,
): number {
  return db.transaction(() => {
    const id = insertCouncilEvent(db, council.id, event, recorder);
    recordAudit(
      db,
      recorder.adminId,
      `council.${event.kind}`,
      { council: council.id, event: id },
      recorder.now,
    );
    if (event.report)
      resolveReport(db, council.id, event.report, describeEvent(event), recorder.now);
    return id;
  })();
}

/**
 * Records a pledge, a signing, a withdrawal or a correction on a council's record, if the rule
 * allows it: not in the future, not before the charter existed (but for a withdrawal, which
 * cannot be), a move the council's status allows, and never dated before its current status.
 */
export function recordStatusEvent(
  db: Db,
  form: StatusEventForm,
  recorder: Recorder,
): RecordOutcome | undefined {
  const council = recordedCouncil(db, form.council);
  if (!council) return undefined;
  const problem = statusEventProblem(council, form, isoDay(recorder.now));
  if (problem) return { kind: 'problem', problem };
  const status = form.kind === 'corrected' ? form.correctedTo! : MOVES[form.kind].to;
  const signs = status === 'signed' && form.kind !== 'withdrawn';
  const eventId = appendEvent(
    db,
    council,
    {
      kind: form.kind,
      status,
      occurredOn: form.occurredOn,
      precision: form.precision,
      source: form.source,
      note: form.note,
      signatoryName: signs ? form.signatoryName : null,
      signatoryRole: signs ? form.signatoryRole : null,
      report: form.report,
    },
    recorder,
  );
  return { kind: 'recorded', eventId };
}

/** Names who signed for a council that is signed now (Kent's officer, say), dated today. */
export function nameSignatory(
  db: Db,
  form: SignatoryForm,
  recorder: Recorder,
): RecordOutcome | undefined {
  const council = recordedCouncil(db, form.council);
  if (!council) return undefined;
  if (council.status !== 'signed') {
    return {
      kind: 'problem',
      problem: {
        field: 'signatoryName',
        message: `${council.shortName} has not signed, so there is no signing to name anyone for.`,
      },
    };
  }
  const eventId = appendEvent(
    db,
    council,
    {
      kind: 'signatory',
      status: null,
      occurredOn: isoDay(recorder.now),
      precision: 'day',
      source: form.source,
      note: null,
      signatoryName: form.signatoryName,
      signatoryRole: form.signatoryRole,
      report: form.report,
    },
    recorder,
  );
  return { kind: 'recorded', eventId };
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
