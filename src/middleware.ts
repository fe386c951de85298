import { getActionContext } from 'astro:actions';
import { defineMiddleware } from 'astro:middleware';
import { isAdminPath, loginRedirect } from './lib/admin/guard.ts';
import { findSession, SESSION_COOKIE } from './lib/admin/sessions.ts';
import { getDb } from './lib/db.ts';
import { localeOfPath } from './lib/i18n/locales.ts';
import { redirectAfterForm } from './actions/after-forms.ts';
import { notModified, withContentTag } from './lib/http/conditional.ts';
import { isCrossSiteWrite } from './lib/http/origin.ts';
import {
  frameAncestorsFor,
  isEmbedPath,
  isPrivatePage,
  PRIVATE_PAGE_HEADERS,
} from './lib/http/security-headers.ts';

/**
 * Every on-demand request passes through here:
 * - writes from other sites are refused (our own check rather than Astro's `checkOrigin`, because
 *   one-click unsubscribe must accept posts from mail providers);
 * - a campaign account's session is read from its cookie (sent only to /admin pages), and admin
 *   pages send anyone not logged in to the login page, before any admin action can run;
 * - a form's action runs here, and on success the browser is sent on at once without rendering
 *   the form's page (about a third of a pledge's time); on failure the page shows the problems;
 * - Astro's per-page security policy gains `frame-ancestors`, which only works in a header (any
 *   site may frame an embed, none may frame anything else), and an embed gets an ETag from its
 *   content, as partners' pages ask for it on every view;
 * - pages reached by a secret link are neither cached nor named to other sites (isPrivatePage);
 * - responses with an ETag answer conditional requests with 304, including those the route cache
 *   serves from memory.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  if (isCrossSiteWrite(context.request, context.url)) {
    return new Response('This form can only be sent from a page on this site.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const sessionId = context.cookies.get(SESSION_COOKIE)?.value;
  const admin = sessionId ? findSession(getDb(), sessionId, new Date()) : undefined;
  if (admin) {
    context.locals.admin = admin;
    context.locals.adminSession = sessionId;
  }
  const toLogin = loginRedirect(context.url.pathname, admin);
  if (toLogin) return context.redirect(toLogin, 302);
  const { action, setActionResult, serializeActionResult } = getActionContext(context);
  if (action?.calledFrom === 'form') {
    const result = await action.handler();
    const to = result.error
      ? undefined
      : redirectAfterForm(action.name, result.data, localeOfPath(context.url.pathname));
    if (to) return context.redirect(to, 303);
    setActionResult(action.name, serializeActionResult(result));
  }
  const pathname = context.url.pathname;
  const response = isEmbedPath(pathname) ? await withContentTag(await next()) : await next();
  if (isAdminPath(pathname)) response.headers.set('Cache-Control', 'no-store');
  if (isPrivatePage(context.url)) {
    for (const [name, value] of Object.entries(PRIVATE_PAGE_HEADERS)) {
      response.headers.set(name, value);
    }
  }
  const policy = response.headers.get('Content-Security-Policy');
  if (policy && !policy.includes('frame-ancestors')) {
    response.headers.set(
      'Content-Security-Policy',
      `${policy.replace(/;?\s*$/, '')}; ${frameAncestorsFor(pathname)}`,
    );
  }
  return notModified(context.request, response) ?? response;
});
