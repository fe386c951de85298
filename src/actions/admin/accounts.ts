import { z } from 'zod';
import {
  changeRole,
  inviteAccount,
  NewAccountSchema,
  removeAccess,
} from '../../lib/admin/accounts.ts';
import { ROLES } from '../../lib/admin/users.ts';
import { getDb } from '../../lib/db.ts';
import { readEnv } from '../../lib/env.ts';
import { adminAction, conflict, RequestId } from './guard.ts';

const env = readEnv();

const notYourself = () => conflict('You cannot change your own account here; ask another admin.');

/** Admins managing the team's accounts (/admin/accounts). */
export const accountActions = {
  /**
   * A new account: its link is shown once, on the page that answers, and never put in an address
   * or a log. An existing account is never changed here.
   */
  inviteAccount: adminAction('manage-accounts', NewAccountSchema, (form, admin) => {
    const outcome = inviteAccount(getDb(), form, admin.id, new Date());
    if (outcome.kind === 'exists') {
      throw conflict(
        'That address already has an account, and nothing about it was changed. To change what it can do, use Change role in the table. If its owner cannot log in, they can have a link emailed to them from the login page.',
      );
    }
    const link = `${env.SITE_URL}/admin/set-password?token=${outcome.token}`;
    return { email: form.email, link };
  }),

  changeRole: adminAction(
    'manage-accounts',
    z.object({ id: RequestId, role: z.enum(ROLES) }),
    ({ id, role }, admin) => {
      const outcome = changeRole(getDb(), id, role, admin.id, new Date());
      if (outcome === 'yourself') throw notYourself();
      return { outcome };
    },
  ),

  removeAccess: adminAction('manage-accounts', z.object({ id: RequestId }), ({ id }, admin) => {
    const outcome = removeAccess(getDb(), id, admin.id, new Date());
    if (outcome === 'yourself') throw notYourself();
    return { outcome };
  }),
};
