import { getActionContext } from 'astro:actions';
import { defineMiddleware } from 'astro:middleware';
import { redirectAfterForm } from './lib/http/after-forms.ts';
import { notModified } from './lib/http/conditional.ts';
import { isCrossSiteWrite } from './lib/http/origin.ts';
import { FRAME_ANCESTORS } from './lib/http/security-headers.ts';

/**
 * Every on-demand request passes through here:
 * - writes from other sites are refused (our own check rather than Astro's `checkOrigin`, because
 *   one-click unsubscribe must accept posts from mail providers);
 * - a form's action runs here, and on success the browser is sent on at once without rendering
 *   the form's page (about a third of a pledge's time); on failure the page shows the problems;
 * - Astro's per-page security policy gains `frame-ancestors`, which only works in a header;
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
  const { action, setActionResult, serializeActionResult } = getActionContext(context);
  if (action?.calledFrom === 'form') {
    const result = await action.handler();
    const to = result.error ? undefined : redirectAfterForm(action.name, result.data);
    if (to) return context.redirect(to, 303);
    setActionResult(action.name, serializeActionResult(result));
  }
  const response = await next();
  const policy = response.headers.get('Content-Security-Policy');
  if (policy && !policy.includes('frame-ancestors')) {
    response.headers.set(
      'Content-Security-Policy',
      `${policy.replace(/;?\s*$/, '')}; ${FRAME_ANCESTORS}`,
    );
  }
  return notModified(context.request, response) ?? response;
});
