import { defineMiddleware } from 'astro:middleware';
import { notModified } from './lib/http/conditional.ts';
import { isCrossSiteWrite } from './lib/http/origin.ts';

/**
 * Every on-demand request passes through here:
 * - writes from other sites are refused (our own check rather than Astro's `checkOrigin`, because
 *   one-click unsubscribe must accept posts from mail providers);
 * - responses with an ETag answer conditional requests with 304, including those the route cache
 *   serves from memory.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.isPrerendered && isCrossSiteWrite(context.request, context.url)) {
    return new Response('This form can only be sent from a page on this site.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const response = await next();
  return notModified(context.request, response) ?? response;
});
