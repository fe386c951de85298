import { can, type Permission } from '../../lib/admin/users.ts';

/**
 * What an account without the right role reads instead of a page, by the permission the page
 * needs: every page of one kind of work refuses in the same words.
 */
const REFUSALS = {
  'approve-signings': 'Your account cannot approve signatures. Ask an admin if you need to.',
  'review-reports': 'Your account cannot review reports.',
  'correct-records': 'Your account cannot correct council records.',
  'manage-targets': 'Your account cannot change who letters go to.',
  'pause-features': 'Your account cannot pause features.',
  mobilise: 'Your account cannot send campaign emails.',
  'record-offline-supporters': 'Your account cannot record supporters.',
  'moderate-comments': 'Your account cannot moderate comments.',
  'invalidate-pledges': 'Only admins can remove pledges.',
  'manage-accounts': 'Only admins can manage accounts.',
  'read-audit-log': 'Only admins can read the audit log.',
} as const satisfies Partial<Record<Permission, string>>;

/** Whether the signed-in account may use a page, and the refusal it reads if not. */
export interface PageAccess {
  allowed: boolean;
  refusal: string;
}

/**
 * Access to a page that needs `permission`: the page loads its data only when `allowed`, and
 * hands the whole to AdminLayout, which shows the refusal (with a 403) in place of the page.
 */
export function pageAccess(locals: App.Locals, permission: keyof typeof REFUSALS): PageAccess {
  return { allowed: can(locals.admin!.role, permission), refusal: REFUSALS[permission] };
}
