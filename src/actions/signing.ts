import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { getDb } from '../lib/db.ts';
import { readEnv } from '../lib/env.ts';
import { addressLimit, LIMITS } from '../lib/http/limits.ts';
import {
  AssessmentFormSchema,
  AssessmentLinkRequestSchema,
  requestAssessmentLink,
  saveAssessment,
} from '../lib/signing/assessment.ts';
import {
  createSigningRequest,
  SigningFormSchema,
  verifySigningRequest,
} from '../lib/signing/requests.ts';
import { TokenSchema } from '../lib/form-fields.ts';

const env = readEnv();
const emailsByIp = addressLimit('councilEmails', env);

function limitEmails(clientAddress: string, what: string) {
  if (!emailsByIp(clientAddress)) {
    throw new ActionError({
      code: 'TOO_MANY_REQUESTS',
      message: LIMITS.councilEmails.message(what),
    });
  }
}

export const signing = {
  signCharter: defineAction({
    accept: 'form',
    input: SigningFormSchema,
    handler: (form, context) => {
      limitEmails(context.clientAddress, 'signing requests');
      return createSigningRequest(getDb(), form, { now: new Date(), siteUrl: env.SITE_URL });
    },
  }),

  verifySigning: defineAction({
    accept: 'form',
    input: z.object({ token: TokenSchema }),
    handler: ({ token }) => verifySigningRequest(getDb(), token, new Date()),
  }),

  requestAssessmentLink: defineAction({
    accept: 'form',
    input: AssessmentLinkRequestSchema,
    handler: (request, context) => {
      limitEmails(context.clientAddress, 'self-assessment links');
      requestAssessmentLink(getDb(), request, new Date(), env.SITE_URL);
      return { council: request.council };
    },
  }),

  saveAssessment: defineAction({
    accept: 'form',
    input: AssessmentFormSchema,
    handler: (form) => {
      const changed = saveAssessment(getDb(), form, new Date());
      if (changed === undefined) {
        throw new ActionError({
          code: 'NOT_FOUND',
          message:
            'This link no longer works, so nothing was saved. Ask for a new link from your council’s page.',
        });
      }
      return { token: form.token, changed };
    },
  }),
};
