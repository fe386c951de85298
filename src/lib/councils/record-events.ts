import { recordAudit } from '../audit/audit.ts';
import { statement, type Db } from '../db.ts';
import { isoDay, whenKnown, type DatePrecision } from '../format.ts';
import {
  canMove,
  CHARTER_LAUNCHED_ON,
  describeEvent,
  statusAfter,
  type CouncilEvent,
} from './history.ts';
import { resolveReport } from './reports.ts';
import type { SignatoryForm, StatusEventForm } from './record-forms.ts';
import type { CouncilStatus } from './status.ts';

/*
 * Writing to a council's record: the checks an event must pass and the one place events are
 * written (signing through the site writes here too). The forms are in record-forms.ts; reading
 * the record, and the rule of which event may follow which status, in history.ts.
 */

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
  const status = form.kind === 'corrected' ? form.correctedTo! : statusAfter(form.kind);
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
