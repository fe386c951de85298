import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { TokenSchema } from '../lib/form-fields.ts';
import { createAddressLimit } from '../lib/http/rate-limit.ts';

/**
 * How many times one connection may use an action in an hour. The check it returns throws the
 * "too many" error with `message`, which says in the person's terms what they were doing.
 */
export function hourlyLimit(limit: number): (clientAddress: string, message: string) => void {
  const allowed = createAddressLimit({ limit, windowMs: 60 * 60_000 });
  return (clientAddress, message) => {
    if (!allowed(clientAddress)) throw new ActionError({ code: 'TOO_MANY_REQUESTS', message });
  };
}

/**
 * The action behind a button on a page opened from an emailed link: its form sends the link's
 * token and nothing else, and what the token opens is checked by `handler`.
 */
export function tokenAction<Output>(handler: (token: string) => Output) {
  return defineAction({
    accept: 'form',
    input: z.object({ token: TokenSchema }),
    handler: ({ token }) => handler(token),
  });
}
