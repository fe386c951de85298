import { labelled } from '../labelled.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * Where a council stands on the Runaways' Charter: derived from its recorded history
 * (`council_status_events`, the status its latest event left), never stored on the council.
 * Which events may follow which status is decided in history.ts. The labels are the words for
 * people: the same in the table, on the map key and in open data.
 */
export const { values: COUNCIL_STATUSES, labels: STATUS_LABELS } = labelled(
  messages('en').councils.statuses,
);
export type CouncilStatus = (typeof COUNCIL_STATUSES)[number];

/** A status in the words of a page in `locale` ("Wedi llofnodi" on Welsh pages). */
export function statusLabel(status: CouncilStatus, locale: Locale = 'en'): string {
  return messages(locale).councils.statuses[status];
}
