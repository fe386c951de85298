import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { getDb } from '../lib/db.ts';
import { refuseIfPaused } from './paused.ts';
import { readEnv } from '../lib/env.ts';
import { networkOf } from '../lib/http/network.ts';
import { findCouncilByPostcode } from '../lib/councils/find-council.ts';
import { lookUpPostcode } from '../lib/postcode/postcodes-io.ts';
import { confirmPledge, createPledge } from '../lib/pledges/pledge.ts';
import { eraseSupporter, requestPrivacyLink } from '../lib/site/privacy.ts';
import { EmailSchema } from '../lib/form-fields.ts';
import { localeOfPath } from '../lib/i18n/locales.ts';
import { MINIMUM_FILL_MS, PledgeFormSchema } from '../lib/pledges/schema.ts';
import { requestLimit, tokenAction } from './shapes.ts';

const env = readEnv();
const pledgesByIp = requestLimit('pledges', env);
const privacyByIp = requestLimit('privacyLinks', env);

/**
 * The council for a postcode. If it cannot be found (the service is down, say) the pledge is
 * still taken, counted in the total but in no council.
 */
async function councilIdFor(postcode: string | null): Promise<number | null> {
  if (!postcode) return null;
  const found = await findCouncilByPostcode(getDb(), postcode, lookUpPostcode);
  return found.kind === 'found' ? found.councilId : null;
}

export const pledges = {
  pledge: defineAction({
    accept: 'form',
    input: PledgeFormSchema,
    handler: async (form, context) => {
      // A filled honeypot is a bot: it is told what a person would be told, and nothing is kept.
      if (form.website) return { outcome: 'ignored' as const };
      if (Date.now() - form.shownAt < MINIMUM_FILL_MS) {
        throw new ActionError({
          code: 'BAD_REQUEST',
          message: 'That was quick! Please check your details, then press the button again.',
        });
      }
      refuseIfPaused('pledges');
      pledgesByIp(context.clientAddress);
      const outcome = createPledge(getDb(), form, {
        now: new Date(),
        siteUrl: env.SITE_URL,
        councilId: await councilIdFor(form.postcode),
        network: networkOf(context.clientAddress),
        // The page the form was posted to: a Welsh page says "we will write to you in Welsh".
        language: localeOfPath(context.url.pathname),
      });
      return { outcome };
    },
  }),

  confirmPledge: tokenAction((token) => confirmPledge(getDb(), token, new Date())),

  requestPrivacyLink: defineAction({
    accept: 'form',
    input: z.object({ email: EmailSchema }),
    handler: ({ email }, context) => {
      privacyByIp(context.clientAddress);
      requestPrivacyLink(getDb(), email, env.SITE_URL, new Date());
      return { sent: true };
    },
  }),

  eraseMe: tokenAction((token) => {
    if (!eraseSupporter(getDb(), token, new Date())) {
      throw new ActionError({
        code: 'NOT_FOUND',
        message: 'This link has expired or has already been used. Ask for a new one.',
      });
    }
    return { erased: true };
  }),
};
