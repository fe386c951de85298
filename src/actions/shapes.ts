import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { TokenSchema } from '../lib/form-fields.ts';
import type { Env } from '../lib/env.ts';
import { addressLimit, LIMITS, type AddressLimitName } from '../lib/http/limits.ts';

/**
 * A limit from the table (LIMITS) on how often one connection may use an action. The check it
 * returns throws the "too many" error with the limit's own words; `what` names the form where
 * several share one limit.
 */
export function requestLimit(
  name: AddressLimitName,
  env?: Env,
): (clientAddress: string, what?: string) => void {
  const allowed = addressLimit(name, env);
  return (clientAddress, what) => {
    if (!allowed(clientAddress)) {
      throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: LIMITS[name].message(what) });
    }
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
