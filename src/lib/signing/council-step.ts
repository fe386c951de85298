import { canMove } from '../councils/history.ts';
import { insertCouncilEvent } from '../councils/record-events.ts';
import type { CouncilStatus } from '../councils/status.ts';
import { statement, type Db } from '../db.ts';
import { formatDate, isoDay, type DatePrecision } from '../format.ts';
import { isOnDomain } from './domains.ts';
import type { SigningRequest } from './requests.ts';

/*
 * The step a signing asks a council to take: whether it may (it has not taken it already, a
 * pledge names a day within reach, the address is the council's own or a campaigner checks it),
 * and the step written on the council's record once a campaigner approves.
 */

export const INTENTS = ['sign', 'pledge'] as const;
export type Intent = (typeof INTENTS)[number];

/** A pledged council names a day within this many years; further off is not a plan. */
const PLEDGE_HORIZON_YEARS = 2;

export interface SigningCouncil {
  id: number;
  slug: string;
  name: string;
  /** The council's Welsh name, for a council in Wales: Welsh emails name it so. */
  welshName: string | null;
  welshSlug: string | null;
  domain: string | null;
  status: CouncilStatus;
  statusSince: string | null;
  statusPrecision: DatePrecision | null;
}

export function findSigningCouncil(db: Db, slug: string): SigningCouncil | undefined {
  return statement(
    db,
    `SELECT c.id, c.slug, c.official_name AS name, c.welsh_name AS welshName, c.welsh_slug AS welshSlug,
            c.website_domain AS domain, s.status,
            s.status_since AS statusSince, s.status_precision AS statusPrecision
     FROM councils AS c JOIN council_status AS s ON s.council_id = c.id WHERE c.slug = ?`,
  ).get(slug) as SigningCouncil | undefined;
}

/** When a council took its step, as precisely as it is known. */
interface Since {
  on: string;
  precision: DatePrecision;
}

export type SigningProblem =
  | { kind: 'unknown-council' }
  | { kind: 'already-signed'; councilName: string; since: Since }
  | { kind: 'already-pledged'; councilName: string; since: Since }
  | { kind: 'date-out-of-range' }
  | { kind: 'too-many-emails' };

/**
 * Why a council cannot take this step: it has already taken it (or a further one). The council
 * record's own rule (canMove) decides.
 */
export function statusProblem(
  council: SigningCouncil | undefined,
  intent: Intent,
): SigningProblem | undefined {
  if (!council) return { kind: 'unknown-council' };
  if (canMove(council.status, intent === 'sign' ? 'signed' : 'pledged')) return undefined;
  const since = { on: council.statusSince!, precision: council.statusPrecision ?? 'day' };
  return council.status === 'signed'
    ? { kind: 'already-signed', councilName: council.name, since }
    : { kind: 'already-pledged', councilName: council.name, since };
}

/** A pledge names a day after today and within two years. */
export function dateProblem(form: { intent: Intent; intendsBy?: string | undefined }, now: Date) {
  if (form.intent !== 'pledge') return undefined;
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + PLEDGE_HORIZON_YEARS);
  return !form.intendsBy || form.intendsBy <= isoDay(now) || form.intendsBy > isoDay(latest)
    ? ({ kind: 'date-out-of-range' } as const)
    : undefined;
}

/** Why a campaigner must check an address before approving, or undefined for the council's own. */
export function reviewReason(email: string, council: SigningCouncil): string | undefined {
  if (isOnDomain(email, council.domain)) return undefined;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return council.domain
    ? `The address is at ${domain}, not at ${council.domain} (the council’s own domain) or one of its subdomains.`
    : `We have no web domain on record for ${council.name}, so the address (at ${domain}) cannot be matched to the council.`;
}

/**
 * An approved request's step on the council's record: the signing (or pledge) dated the day the
 * signatory proved their address, with a note of how it was confirmed. Returns the status it
 * leaves.
 */
export function recordSigning(
  db: Db,
  council: SigningCouncil,
  request: SigningRequest,
  { adminId, now, howChecked }: { adminId: number; now: Date; howChecked?: string | undefined },
): 'signed' | 'pledged' {
  const status = request.intent === 'sign' ? 'signed' : 'pledged';
  const verifiedOn = isoDay(request.verifiedAt!);
  const domain = request.email.slice(request.email.lastIndexOf('@') + 1);
  const evidence =
    `Confirmed by ${request.name} from an address at ${domain} on ${formatDate(verifiedOn)}` +
    (request.reviewReason ? `; checked with the council by the campaign: ${howChecked}` : '') +
    `; approved on ${formatDate(now)}.` +
    (request.intendsBy ? ` The council intends to sign by ${formatDate(request.intendsBy)}.` : '');
  insertCouncilEvent(
    db,
    council.id,
    {
      kind: status,
      status,
      occurredOn: verifiedOn,
      precision: 'day',
      source: request.intent === 'sign' ? 'Signed through this site' : 'Pledged through this site',
      note: evidence,
      signatoryName: request.name,
      signatoryRole: request.role,
      signingRequestId: request.id,
    },
    { adminId, now },
  );
  return status;
}
