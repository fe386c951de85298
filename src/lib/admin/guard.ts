import type { AdminUser } from './users.ts';

/** The admin area's pages that anyone may open: the way in. */
const OPEN_PAGES = new Set(['/admin/login', '/admin/forgotten-password', '/admin/set-password']);

export function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

/**
 * Where to send someone who opens an admin page without being logged in (the login page, which
 * brings them back afterwards), or undefined when they may go on. Which role may see what is
 * each page's and each action's own check.
 */
export function loginRedirect(pathname: string, admin: AdminUser | undefined): string | undefined {
  if (admin || !isAdminPath(pathname) || OPEN_PAGES.has(pathname)) return undefined;
  return `/admin/login?next=${encodeURIComponent(pathname)}`;
}
