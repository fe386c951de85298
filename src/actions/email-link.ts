import { defineAction } from 'astro:actions';
import { z } from 'zod';
import { EmailSchema } from '../lib/form-fields.ts';
import { requestLimit } from './shapes.ts';

/**
 * A form that emails a link to the address typed into it, if the address is one we know (a
 * monthly donor's, a campaign account's). It answers the same whatever was typed, so nobody
 * learns whose address it is; each connection may ask ten times an hour, since each ask can
 * send an email.
 */
export function emailLinkAction(send: (email: string, now: Date) => unknown) {
  const asksByIp = requestLimit('emailLinks');
  return defineAction({
    accept: 'form',
    input: z.object({ email: EmailSchema }),
    handler: ({ email }, context) => {
      asksByIp(context.clientAddress);
      send(email, new Date());
      return { sent: true };
    },
  });
}
