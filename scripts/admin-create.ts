import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ROLES, SET_PASSWORD_HOURS, issueSetPasswordLink } from '../src/lib/admin/users.ts';
import { closeDb, getDb } from '../src/lib/db.ts';
import { readEnv } from '../src/lib/env.ts';
import { fail } from './fail.ts';

/**
 * `npm run admin:create -- --email sam@example.org --role campaigner`: makes an account (or
 * gives an existing one a new role and link) and prints a one-time link to set its password.
 * There are no default passwords; the link is the only way in.
 */
const USAGE = `Usage: npm run admin:create -- --email <address> --role <${ROLES.join('|')}>`;

const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string' } },
  strict: false,
});
const parsed = z
  .object({ email: z.email(), role: z.enum(ROLES) })
  .safeParse({ email: values.email, role: values.role });
if (!parsed.success) {
  console.error(USAGE);
  for (const issue of parsed.error.issues)
    console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
try {
  const token = issueSetPasswordLink(getDb(), parsed.data.email, parsed.data.role, new Date());
  closeDb();
  console.log(`Account ${parsed.data.email} (${parsed.data.role}).`);
  console.log(`Set its password within ${SET_PASSWORD_HOURS} hours, once, at:`);
  console.log(`${readEnv().SITE_URL}/admin/set-password?token=${token}`);
} catch (error) {
  fail(error);
}
