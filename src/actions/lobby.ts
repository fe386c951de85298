import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { getDb } from '../lib/db.ts';
import { refuseIfPaused } from './paused.ts';
import { readEnv } from '../lib/env.ts';
import { addressLimit, LIMITS } from '../lib/http/limits.ts';
import { createLetter, LetterFormSchema, letterProblem } from '../lib/lobby/letters.ts';
import {
  confirmLetter,
  findLetterForLink,
  settleDraftPostcode,
} from '../lib/lobby/letter-confirmation.ts';
import { answerFollowUp, REPLY_ANSWERS } from '../lib/lobby/letter-replies.ts';
import { letterProblemMessage } from '../lib/lobby/messages.ts';
import { checkResidence } from '../lib/lobby/residence.ts';
import { lookUpPostcode } from '../lib/postcode/postcodes-io.ts';
import { TokenSchema } from '../lib/form-fields.ts';

const env = readEnv();
const lettersByIp = addressLimit('letters', env);
const previewsByIp = addressLimit('letterPreviews', env);

export const lobby = {
  /** Checks a letter and shows it as it will be sent; nothing is stored. */
  previewLetter: defineAction({
    accept: 'form',
    input: LetterFormSchema,
    handler: async (form, context) => {
      refuseIfPaused('letters');
      if (!previewsByIp(context.clientAddress)) {
        throw new ActionError({
          code: 'TOO_MANY_REQUESTS',
          message: LIMITS.letterPreviews.message(),
        });
      }
      const db = getDb();
      const residence = await checkResidence(db, form.council, form.postcode, lookUpPostcode);
      if (residence.kind !== 'resident' && residence.kind !== 'unchecked') return residence;
      const check = letterProblem(db, form, new Date());
      return check.kind === 'ok'
        ? { kind: 'preview' as const, form, residence, problem: undefined }
        : { kind: check.kind };
    },
  }),

  /** Stores the letter and emails its writer the link that sends it. */
  sendLetter: defineAction({
    accept: 'form',
    input: LetterFormSchema,
    handler: async (form, context) => {
      refuseIfPaused('letters');
      if (!lettersByIp(context.clientAddress)) {
        throw new ActionError({
          code: 'TOO_MANY_REQUESTS',
          message: LIMITS.letters.message(),
        });
      }
      const db = getDb();
      const residence = await checkResidence(db, form.council, form.postcode, lookUpPostcode);
      if (residence.kind !== 'resident' && residence.kind !== 'unchecked') return residence;
      const outcome = createLetter(db, form, residence, { now: new Date(), siteUrl: env.SITE_URL });
      if (outcome.kind === 'no-recipients') {
        // Back to the check step, with the boxes and the reason.
        return {
          kind: 'preview' as const,
          form,
          residence,
          problem: letterProblemMessage(outcome.kind, ''),
          council: form.council,
        };
      }
      return { ...outcome, council: form.council };
    },
  }),

  confirmLetter: defineAction({
    accept: 'form',
    input: z.object({ token: TokenSchema }),
    handler: async ({ token }) => {
      refuseIfPaused('letters');
      const db = getDb();
      // A draft's postcode could not be checked when it was written: it is checked now, or the
      // letter waits (its link keeps working until it expires).
      const found = findLetterForLink(db, token, new Date());
      if (found.kind === 'pending' && !found.letter.postcodeChecked) {
        const residence = await checkResidence(
          db,
          found.letter.councilSlug,
          found.letter.postcode,
          lookUpPostcode,
        );
        settleDraftPostcode(db, found.letter.id, residence);
        if (residence.kind !== 'resident') return residence;
      }
      return confirmLetter(db, token, {
        now: new Date(),
        siteUrl: env.SITE_URL,
        dailyCap: env.LETTERS_PER_COUNCIL_PER_DAY,
        digestAfter: env.LETTER_DIGEST_AFTER,
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
