import type { SiteCouncillor } from './councillors-by-ward.ts';
import type { WardMatch } from './ward-names.ts';

/** A council's target as saved, as far as an import compares it. */
export interface SavedTarget {
  id: number;
  role: string;
  name: string;
  email: string | null;
  party: string | null;
  wardName: string | null;
  wardCode: string | null;
  state: 'unverified' | 'verified' | 'retired';
  externalId: string | null;
  lastCheckedOn: string | null;
  retiredAt: string | null;
}

/** A councillor as the import would save them: their ward matched, their address checked. */
export interface PlannedCouncillor extends SiteCouncillor {
  ward: WardMatch | undefined;
}

export type ChangedField = 'name' | 'email' | 'party' | 'ward' | 'state';

/** One difference between a saved target and the site, in words for the preview. */
interface FieldChange {
  field: ChangedField;
  from: string;
  to: string;
}

export interface ImportPreview {
  /** On the site, not saved; `returning` when they were retired before (the same row is used). */
  added: { councillor: PlannedCouncillor; returning?: SavedTarget }[];
  changed: { councillor: PlannedCouncillor; target: SavedTarget; changes: FieldChange[] }[];
  unchanged: { councillor: PlannedCouncillor; target: SavedTarget }[];
  /** Saved and imported before, no longer on the site: they are retired, never deleted. */
  gone: SavedTarget[];
  /** The site's ward names that match no known ward, for pairing; alphabetical. */
  unmatchedWards: string[];
  /**
   * Councillors whose address another target of the council already has (a lead member who is
   * also a ward councillor, or a shared inbox): saved without it, since a working address
   * belongs to one target per council and letters to it already reach them.
   */
  heldBack: { councillor: SiteCouncillor; email: string; heldBy: string }[];
  /** Councillors whose id on the site already belongs to a target of another role. */
  skipped: { councillor: SiteCouncillor; heldBy: string }[];
}

const NONE = 'none';
const wardLabel = (name: string | null, code: string | null) =>
  name === null ? NONE : `${name} (${code ?? 'not paired'})`;

function changesBetween(target: SavedTarget, planned: PlannedCouncillor): FieldChange[] {
  const code = planned.ward?.code ?? null;
  const changes: FieldChange[] = [];
  const compare = (field: ChangedField, from: string | null, to: string | null) => {
    if (from !== to) changes.push({ field, from: from ?? NONE, to: to ?? NONE });
  };
  compare('name', target.name, planned.name);
  compare('email', target.email, planned.email);
  compare('party', target.party, planned.party);
  if (target.wardName !== planned.wardName || target.wardCode !== code) {
    changes.push({
      field: 'ward',
      from: wardLabel(target.wardName, target.wardCode),
      to: wardLabel(planned.wardName, code),
    });
  }
  compare('state', target.state, 'verified');
  return changes;
}

/**
 * What importing the site's councillors would change among a council's targets. Councillors are
 * tied to saved targets by their id on the site (`externalId`), never by name; a saved ward
 * councillor with an id the site no longer lists is gone. Every field is compared as it would be
 * saved, so a second import of the same list changes nothing.
 */
export function diffCouncillors(
  councillors: readonly SiteCouncillor[],
  wards: ReadonlyMap<string, WardMatch | undefined>,
  targets: readonly SavedTarget[],
): ImportPreview {
  const preview: ImportPreview = {
    added: [],
    changed: [],
    unchanged: [],
    gone: [],
    unmatchedWards: [],
    heldBack: [],
    skipped: [],
  };
  const imported = new Map<string, SavedTarget>();
  const otherRoles = new Map<string, SavedTarget>();
  // Addresses that stay with targets this import does not touch: lead members, directors, ward
  // councillors added by hand.
  const taken = new Map<string, string>();
  for (const target of targets) {
    const isImported = target.role === 'ward_councillor' && target.externalId !== null;
    if (isImported) imported.set(target.externalId!, target);
    else if (target.externalId !== null) otherRoles.set(target.externalId, target);
    if (!isImported && target.email && target.state !== 'retired') {
      taken.set(target.email, target.name);
    }
  }

  const listed = new Set<string>();
  for (const councillor of councillors) {
    const other = otherRoles.get(councillor.externalId);
    if (other) {
      preview.skipped.push({ councillor, heldBy: other.name });
      continue;
    }
    listed.add(councillor.externalId);
    let email = councillor.email;
    const holder = email ? taken.get(email) : undefined;
    if (email && holder) {
      preview.heldBack.push({ councillor, email, heldBy: holder });
      email = null;
    } else if (email) {
      taken.set(email, councillor.name);
    }
    const planned: PlannedCouncillor = {
      ...councillor,
      email,
      ward: wards.get(councillor.wardName),
    };
    const target = imported.get(councillor.externalId);
    if (!target || target.state === 'retired') {
      preview.added.push(
        target ? { councillor: planned, returning: target } : { councillor: planned },
      );
      continue;
    }
    const changes = changesBetween(target, planned);
    if (changes.length > 0) preview.changed.push({ councillor: planned, target, changes });
    else preview.unchanged.push({ councillor: planned, target });
  }

  preview.gone = [...imported.values()].filter(
    (target) => target.state !== 'retired' && !listed.has(target.externalId!),
  );
  preview.unmatchedWards = [...new Set(councillors.map((c) => c.wardName))]
    .filter((name) => !wards.get(name))
    .sort((a, b) => a.localeCompare(b));
  return preview;
}

/** Whether applying the import would change anything but the day the councillors were checked. */
export function changesAnything(preview: ImportPreview): boolean {
  return preview.added.length + preview.changed.length + preview.gone.length > 0;
}
