/**
 * Where a council stands on the Runaways' Charter: derived from its recorded history
 * (`council_status_events`, the status its latest event left), never stored on the council.
 * Which events may follow which status is decided in history.ts.
 */
export const COUNCIL_STATUSES = ['not_signed', 'pledged', 'signed'] as const;

export type CouncilStatus = (typeof COUNCIL_STATUSES)[number];

/** Words for people: the same in the table, on the map key and in open data. */
export const STATUS_LABELS: Record<CouncilStatus, string> = {
  not_signed: 'Not signed',
  pledged: 'Pledged to sign',
  signed: 'Signed',
};
