import { labelled } from '../labelled.ts';

/**
 * Where a council stands on the Runaways' Charter: derived from its recorded history
 * (`council_status_events`, the status its latest event left), never stored on the council.
 * Which events may follow which status is decided in history.ts. The labels are the words for
 * people: the same in the table, on the map key and in open data.
 */
export const { values: COUNCIL_STATUSES, labels: STATUS_LABELS } = labelled({
  not_signed: 'Not signed',
  pledged: 'Pledged to sign',
  signed: 'Signed',
});
export type CouncilStatus = (typeof COUNCIL_STATUSES)[number];
