import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const databasePath = join(mkdtempSync(join(tmpdir(), 'mrs-admin-create-')), 'campaign.db');

/** Runs `npm run admin:create` as an operator would. */
function adminCreate(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/admin-create.ts', ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const roleOf = (email: string) => {
  const db = new Database(databasePath, { readonly: true });
  const role = db.prepare('SELECT role FROM admin_users WHERE email = ?').pluck().get(email);
  db.close();
  return role;
};

describe('npm run admin:create', () => {
  it('prints a fresh link for an existing account without changing its role, unless one is named', () => {
    expect(adminCreate('--email', 'sam@example.org', '--role', 'admin').stdout).toContain(
      'New account sam@example.org (admin).',
    );
    const again = adminCreate('--email', 'sam@example.org');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Account sam@example.org (admin, as before).');
    expect(again.stdout).toMatch(/\/admin\/set-password\?token=[\w-]{43}\n/);
    expect(roleOf('sam@example.org')).toBe('admin');

    expect(adminCreate('--email', 'sam@example.org', '--role', 'moderator').stdout).toContain(
      'role changed from admin to moderator',
    );
    expect(roleOf('sam@example.org')).toBe('moderator');
  });

  it('needs a role for a new account', () => {
    const { status, stderr } = adminCreate('--email', 'new@example.org');
    expect(status).toBe(2);
    expect(stderr).toContain(
      'new@example.org has no account yet: say which role it has with --role.',
    );
    expect(roleOf('new@example.org')).toBeUndefined();
  });
});
