/**
 * Where a council stands on the Runaways' Charter. Status only moves forward, and is derived
 * from the council's recorded history (`council_status_events`), never stored on the council.
 */
export const COUNCIL_STATUSES = ['not_signed', 'pledged', 'signed'] as const;

export type CouncilStatus = (typeof COUNCIL_STATUSES)[number];

/** The moves a council can make; the database trigger `council_status_moves_forward` agrees. */
export const NEXT_STATUSES: Record<CouncilStatus, readonly CouncilStatus[]> = {
  not_signed: ['pledged', 'signed'],
  pledged: ['signed'],
  signed: [],
};

/** Words for people: the same in the table, on the map key and in open data. */
export const STATUS_LABELS: Record<CouncilStatus, string> = {
  not_signed: 'Not signed',
  pledged: 'Pledged to sign',
  signed: 'Signed',
};
