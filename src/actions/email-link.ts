import { defineAction } from 'astro:actions';
import { z } from 'zod';
import { EmailSchema } from '../lib/form-fields.ts';
import { hourlyLimit } from './shapes.ts';

/**
 * A form that emails a link to the address typed into it, if the address is one we know (a
 * monthly donor's, a campaign account's). It answers the same whatever was typed, so nobody
 * learns whose address it is; each connection may ask ten times an hour, since each ask can
 * send an email.
 */
export function emailLinkAction(send: (email: string, now: Date) => unknown) {
  const asksByIp = hourlyLimit(10);
  return defineAction({
    accept: 'form',
    input: z.object({ email: EmailSchema }),
    handler: ({ email }, context) => {
      asksByIp(
        context.clientAddress,
        'We have had a lot of requests from your connection. Please try again later.',
      );
      send(email, new Date());
      return { sent: true };
    },
  });
}
