import { parseArgs } from 'node:util';
import { z } from 'zod';
import { operatorLink } from '../src/lib/admin/accounts.ts';
import { ROLES, SET_PASSWORD_HOURS } from '../src/lib/admin/users.ts';
import { closeDb, getDb } from '../src/lib/db.ts';
import { readEnv } from '../src/lib/env.ts';
import { fail } from './fail.ts';

/**
 * `npm run admin:create -- --email sam@example.org --role campaigner`: makes an account and prints
 * a one-time link to set its password. For an existing account it prints a fresh link and keeps
 * its role, unless `--role` names another (see operatorLink). There are no default passwords;
 * the link is the only way in.
 */
const USAGE = `Usage: npm run admin:create -- --email <address> [--role <${ROLES.join('|')}>] (a role is needed for a new account)`;

const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string' } },
  strict: false,
});
const parsed = z
  .object({ email: z.email(), role: z.enum(ROLES).optional() })
  .safeParse({ email: values.email, role: values.role });
if (!parsed.success) {
  console.error(USAGE);
  for (const issue of parsed.error.issues)
    console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
try {
  const { email, role } = parsed.data;
  const outcome = operatorLink(getDb(), email, role, new Date());
  closeDb();
  if (outcome.kind === 'role-needed') {
    console.error(`${email} has no account yet: say which role it has with --role.`);
    console.error(USAGE);
    process.exit(2);
  }
  if (outcome.kind === 'made') console.log(`New account ${email} (${outcome.role}).`);
  else if (outcome.role === outcome.was)
    console.log(`Account ${email} (${outcome.role}, as before).`);
  else console.log(`Account ${email}: role changed from ${outcome.was} to ${outcome.role}.`);
  console.log(`Set its password within ${SET_PASSWORD_HOURS} hours, once, at:`);
  console.log(`${readEnv().SITE_URL}/admin/set-password?token=${outcome.token}`);
} catch (error) {
  fail(error);
}
