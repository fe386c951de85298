import { ActionError, defineAction } from 'astro:actions';
import { getDb } from '../lib/db.ts';
import { readEnv } from '../lib/env.ts';
import { AssessmentFormSchema, saveAssessment } from '../lib/signing/assessment.ts';
import {
  AssessmentLinkRequestSchema,
  requestAssessmentLink,
} from '../lib/signing/assessment-links.ts';
import { SigningFormSchema } from '../lib/signing/form.ts';
import { createSigningRequest, verifySigningRequest } from '../lib/signing/requests.ts';
import { requestLimit, tokenAction } from './shapes.ts';

const env = readEnv();
const limitEmails = requestLimit('councilEmails', env);

export const signing = {
  signCharter: defineAction({
    accept: 'form',
    input: SigningFormSchema,
    handler: (form, context) => {
      limitEmails(context.clientAddress, 'signing requests');
      return createSigningRequest(getDb(), form, { now: new Date(), siteUrl: env.SITE_URL });
    },
  }),

  verifySigning: tokenAction((token) => verifySigningRequest(getDb(), token, new Date())),

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
