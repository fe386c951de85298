import { agreeing, countOf, isoDay } from '../../lib/format.ts';
import { TARGET_ROLE_LABELS, type Target } from '../../lib/lobby/targets.ts';

/** Who a person letters go to is: their role, and for a ward councillor, which ward. */
export const describeTarget = (target: Target) =>
  target.role === 'ward_councillor'
    ? `Ward councillor for ${target.wardName}${target.wardCode ? ` (${target.wardCode})` : ', ward code not known'}`
    : TARGET_ROLE_LABELS[target.role];

/**
 * What a person's forms start with: their saved details, checked today; for somebody new, a ward
 * councillor who gets a digest on a busy day.
 */
export function savedTargetDetails(
  target: Target | undefined,
  today: Date,
): Record<string, string> {
  if (!target) return { digest: 'on', role: 'ward_councillor' };
  const details = (
    ['name', 'role', 'email', 'party', 'wardName', 'wardCode', 'source'] as const
  ).map((name) => [name, target[name] ?? '']);
  return {
    ...Object.fromEntries(details),
    digest: target.digest ? 'on' : '',
    checkedOn: isoDay(today),
  };
}

const DONE: Record<string, string> = {
  added: 'Added, not yet checked: letters go to them once you have checked them.',
  edited: 'Saved.',
  verified: 'Checked: letters go to them from now on.',
  retired: 'Retired: no more letters go to them.',
  sent: 'Held letters sent to whoever is checked now.',
};

/** What a change to the list did, from the address it redirected to, or nothing. */
export function targetChangeNotice(query: URLSearchParams): string | undefined {
  const done = DONE[query.get('done') ?? ''];
  if (!done) return undefined;
  const released = Number(query.get('released')) || 0;
  return released > 0
    ? `${done} ${countOf(released, 'held letter is', 'held letters are')} on ${agreeing(released, 'its', 'their')} way to them.`
    : done;
}
