import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { getDb, type Db } from '../lib/db.ts';
import { readEnv } from '../lib/env.ts';
import {
  createLetter,
  LetterFormSchema,
  letterProblem,
  type LetterForm,
} from '../lib/lobby/letters.ts';
import {
  confirmLetter,
  findLetterForLink,
  settleDraftPostcode,
} from '../lib/lobby/letter-confirmation.ts';
import { answerFollowUp, REPLY_ANSWERS } from '../lib/lobby/letter-replies.ts';
import { letterProblemMessage } from '../lib/lobby/messages.ts';
import { checkResidence, type Residence } from '../lib/lobby/residence.ts';
import { lookUpPostcode } from '../lib/postcode/postcodes-io.ts';
import { TokenSchema } from '../lib/form-fields.ts';
import { refuseIfPaused } from './paused.ts';
import { requestLimit, tokenAction } from './shapes.ts';

const env = readEnv();
const lettersByIp = requestLimit('letters', env);
const previewsByIp = requestLimit('letterPreviews', env);

type Writable = Extract<Residence, { kind: 'resident' | 'unchecked' }>;

/**
 * A step in writing a letter (checking it, sending it): refused while letters are paused or when
 * the connection has done it too often, and answered with where the writer's postcode is when
 * that is not in the council. Otherwise `step` takes the letter on.
 */
function letterStep<Output>(
  limit: (clientAddress: string) => void,
  step: (db: Db, form: LetterForm, residence: Writable) => Output,
) {
  return defineAction({
    accept: 'form',
    input: LetterFormSchema,
    handler: async (form, context) => {
      refuseIfPaused('letters');
      limit(context.clientAddress);
      const db = getDb();
      const residence = await checkResidence(db, form.council, form.postcode, lookUpPostcode);
      if (residence.kind !== 'resident' && residence.kind !== 'unchecked') return residence;
      return step(db, form, residence);
    },
  });
}

export const lobby = {
  /** Checks a letter and shows it as it will be sent; nothing is stored. */
  previewLetter: letterStep(previewsByIp, (db, form, residence) => {
    const check = letterProblem(db, form, new Date());
    return check.kind === 'ok'
      ? { kind: 'preview' as const, form, residence, problem: undefined }
      : { kind: check.kind };
  }),

  /** Stores the letter and emails its writer the link that sends it. */
  sendLetter: letterStep(lettersByIp, (db, form, residence) => {
    const outcome = createLetter(db, form, residence, { now: new Date(), siteUrl: env.SITE_URL });
    if (outcome.kind === 'no-recipients') {
      // Back to the check step, with the boxes and the reason.
      return {
        kind: 'preview' as const,
        form,
        residence,
        problem: letterProblemMessage(outcome.kind, '', form.language),
        council: form.council,
      };
    }
    return { ...outcome, council: form.council };
  }),

  confirmLetter: tokenAction(async (token) => {
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
