import { defineMiddleware } from 'astro:middleware';
import { notModified } from './lib/http/conditional.ts';

/**
 * Conditional GET for every response that carries an ETag, including those the route cache
 * answers from memory (which never reach the endpoint that knows about ETags).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  return notModified(context.request, response) ?? response;
});
