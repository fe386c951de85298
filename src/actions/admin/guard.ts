import { ActionError, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { can, type Permission } from '../../lib/admin/users.ts';

/** The signed-in account; otherwise the action fails with 401. */
export function requireLogin(context: ActionAPIContext) {
  const admin = context.locals.admin;
  if (!admin) throw new ActionError({ code: 'UNAUTHORIZED', message: 'Please log in first.' });
  return admin;
}

/** The signed-in account, when it may do this; otherwise the action fails with 401 or 403. */
export function requirePermission(context: ActionAPIContext, permission: Permission) {
  const admin = requireLogin(context);
  if (!can(admin.role, permission)) {
    throw new ActionError({ code: 'FORBIDDEN', message: 'Your account cannot do this.' });
  }
  return admin;
}

/** The id of the record a per-row admin form acts on. */
export const RequestId = z.coerce.number().int().positive();
