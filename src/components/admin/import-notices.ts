import { countOf, formatDate } from '../../lib/format.ts';
import type { listImportedCouncillors, viewImport } from '../../lib/lobby/councillor-import.ts';

type ImportView = NonNullable<ReturnType<typeof viewImport>>;
type SavedCouncillor = ReturnType<typeof listImportedCouncillors>[number];

/** A count or an id from the address: a whole number, or nothing (anyone can type an address). */
export function wholeNumber(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name) ?? '';
  return /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}

/** What applying an import did, or pairing a ward, from the address it redirected to. */
export function importNotice(
  query: URLSearchParams,
  view: ImportView | undefined,
): string | undefined {
  if (query.has('added')) {
    const [added, returned, changed, retired, unchanged] = [
      'added',
      'returned',
      'changed',
      'retired',
      'unchanged',
    ].map((name) => wholeNumber(query, name) ?? 0);
    const released = wholeNumber(query, 'released') ?? 0;
    return `Applied: ${countOf(added!, 'new councillor', 'new councillors')}, ${returned} returning, ${changed} changed, ${retired} retired and ${unchanged} unchanged. All are marked as checked today.${released > 0 ? ` ${countOf(released, 'held letter is', 'held letters are')} on the way to them.` : ''}`;
  }
  const paired = view?.knownWards.find((ward) => ward.code === query.get('paired'));
  return paired
    ? `Paired with ${paired.name} (${paired.code}): this reading and every later one use the pairing.`
    : undefined;
}

/** "Nothing has changed" for a reading whose councillors are all as saved. */
export const allUnchanged = (view: ImportView) =>
  `Nothing has changed since the last import: all ${countOf(view.preview.unchanged.length, 'councillor is', 'councillors are')} as saved.`;

/** The names of the councillors a reading puts in a ward, by the site's name for it. */
export const councillorsIn = (view: ImportView, ward: string) =>
  [...view.preview.added, ...view.preview.changed, ...view.preview.unchanged]
    .map(({ councillor }) => councillor)
    .filter((councillor) => councillor.wardName === ward)
    .map((councillor) => councillor.name);

const STATE_LABELS = { verified: 'Verified', unverified: 'Not checked', retired: 'Retired' };

/** Where a saved councillor stands: checked when, or retired when. */
export const savedState = (target: SavedCouncillor) =>
  STATE_LABELS[target.state] +
  (target.state === 'retired' && target.retiredAt
    ? ` on ${formatDate(target.retiredAt)}`
    : target.lastCheckedOn
      ? `, checked ${formatDate(target.lastCheckedOn)}`
      : '');

const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** When a reading was fetched: "14:05 on 3 March 2026". */
export const fetchedAt = (view: ImportView) =>
  `${time.format(new Date(view.fetchedAt))} on ${formatDate(view.fetchedAt)}`;
