import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { can, type AdminUser, type Permission } from '../../lib/admin/users.ts';

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

type Handler<Input extends z.ZodType, Output> = Parameters<
  typeof defineAction<Output, 'form', Input>
>[0]['handler'];

/**
 * A form action that only an account with `permission` may take. The account is checked before
 * the handler runs, so no handler can forget to, and the handler is given it.
 */
export function adminAction<Input extends z.ZodType, Output>(
  permission: Permission,
  input: Input,
  handler: (form: z.output<Input>, admin: AdminUser) => Output,
) {
  return defineAction<Output, 'form', Input>({
    accept: 'form',
    input,
    // Astro's handler type is conditional on the schema, which TypeScript cannot resolve for a
    // schema that is itself a type parameter; for any schema it is this function.
    handler: ((form: z.output<Input>, context: ActionAPIContext) =>
      handler(form, requirePermission(context, permission))) as Handler<Input, Output>,
  });
}

/** The 409 for an action the record's state no longer allows (already sent, your own account). */
export const conflict = (message: string) => new ActionError({ code: 'CONFLICT', message });

/** The id of the record a per-row admin form acts on. */
export const RequestId = z.coerce.number().int().positive();
