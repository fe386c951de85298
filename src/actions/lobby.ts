import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { getDb } from '../lib/db.ts';
import { refuseIfPaused } from './paused.ts';
import { readEnv } from '../lib/env.ts';
import { createAddressLimit } from '../lib/http/rate-limit.ts';
import {
  answerFollowUp,
  confirmLetter,
  createLetter,
  LetterFormSchema,
  letterProblem,
  REPLY_ANSWERS,
} from '../lib/lobby/letters.ts';
import { TokenSchema } from '../lib/form-fields.ts';

const env = readEnv();
const lettersByIp = createAddressLimit({
  limit: env.LETTERS_PER_IP_PER_HOUR,
  windowMs: 60 * 60_000,
});
// A writer previews a few times; hundreds an hour is someone using the form for something else.
const previewsByIp = createAddressLimit({ limit: 60, windowMs: 60 * 60_000 });

export const lobby = {
  /** Checks a letter and shows it as it will be sent; nothing is stored. */
  previewLetter: defineAction({
    accept: 'form',
    input: LetterFormSchema,
    handler: (form, context) => {
      refuseIfPaused('letters');
      if (!previewsByIp(context.clientAddress)) {
        throw new ActionError({
          code: 'TOO_MANY_REQUESTS',
          message:
            'We have had a lot of letters to check from your connection in the last hour. Please try again later; your letter is still here.',
        });
      }
      const check = letterProblem(getDb(), form, new Date());
      return check.kind === 'ok' ? { kind: 'preview' as const, form } : { kind: check.kind };
    },
  }),

  /** Stores the letter and emails its writer the link that sends it. */
  sendLetter: defineAction({
    accept: 'form',
    input: LetterFormSchema,
    handler: (form, context) => {
      refuseIfPaused('letters');
      if (!lettersByIp(context.clientAddress)) {
        throw new ActionError({
          code: 'TOO_MANY_REQUESTS',
          message:
            'We have had a lot of letters from your connection in the last hour. Please try again later; your letter is still here.',
        });
      }
      const outcome = createLetter(getDb(), form, { now: new Date(), siteUrl: env.SITE_URL });
      return { ...outcome, council: form.council };
    },
  }),

  confirmLetter: defineAction({
    accept: 'form',
    input: z.object({ token: TokenSchema }),
    handler: ({ token }) => {
      refuseIfPaused('letters');
      return confirmLetter(getDb(), token, {
        now: new Date(),
        siteUrl: env.SITE_URL,
        dailyCap: env.LETTERS_PER_COUNCIL_PER_DAY,
      });
    },
  }),

  answerFollowUp: defineAction({
    accept: 'form',
    input: z.object({ token: TokenSchema, answer: z.enum(REPLY_ANSWERS) }),
    handler: ({ token, answer }) => {
      if (!answerFollowUp(getDb(), token, answer, new Date())) {
        throw new ActionError({
          code: 'NOT_FOUND',
          message:
            'We do not recognise this link. Check you used the whole link from our email, or reply to that email instead.',
        });
      }
      return { answer };
    },
  }),
};
