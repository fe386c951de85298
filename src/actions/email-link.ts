import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { EmailSchema } from '../lib/form-fields.ts';
import { addressLimit, LIMITS } from '../lib/http/limits.ts';

/**
 * A form that emails a link to the address typed into it, if the address is one we know (a
 * monthly donor's, a campaign account's). It answers the same whatever was typed, so nobody
 * learns whose address it is; each connection may ask ten times an hour, since each ask can
 * send an email.
 */
export function emailLinkAction(send: (email: string, now: Date) => unknown) {
  const asksByIp = addressLimit('emailLinks');
  return defineAction({
    accept: 'form',
    input: z.object({ email: EmailSchema }),
    handler: ({ email }, context) => {
      if (!asksByIp(context.clientAddress)) {
        throw new ActionError({
          code: 'TOO_MANY_REQUESTS',
          message: LIMITS.emailLinks.message(),
        });
      }
      send(email, new Date());
      return { sent: true };
    },
  });
}
