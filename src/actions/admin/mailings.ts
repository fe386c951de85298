import { ActionError } from 'astro:actions';
import { z } from 'zod';
import { getDb } from '../../lib/db.ts';
import { readEnv } from '../../lib/env.ts';
import {
  createMailing,
  findMailing,
  sendTestMailing,
  setMailingPaused,
  startMailing,
  updateMailing,
} from '../../lib/mailings/mailings.ts';
import { MailingFields, MailingFormSchema, welshWholeOrAbsent } from '../../lib/mailings/schema.ts';
import { LOCALES } from '../../lib/i18n/locales.ts';
import { adminAction, conflict, RequestId } from './guard.ts';

const env = readEnv();

const alreadySent = () =>
  conflict('This email has already been sent, so it cannot be changed or sent again.');

/** Campaign emails to supporters (/admin/mailings): write, test, send, pause. */
export const mailingActions = {
  createMailing: adminAction('mobilise', MailingFormSchema, (form, admin) => {
    return { id: createMailing(getDb(), form, admin.id, new Date()) };
  }),

  updateMailing: adminAction(
    'mobilise',
    MailingFields.extend({ id: RequestId }).superRefine(welshWholeOrAbsent),
    ({ id, ...form }, admin) => {
      if (!updateMailing(getDb(), id, form, admin.id, new Date())) throw alreadySent();
      return { id };
    },
  ),

  /**
   * A copy to the campaigner's own address, through the outbox like any email, as supporters who
   * chose English, or Welsh, get it.
   */
  sendTestMailing: adminAction(
    'mobilise',
    z.object({ id: RequestId, language: z.enum(LOCALES).default('en') }),
    ({ id, language }, admin) => {
      const mailing = findMailing(getDb(), id);
      if (!mailing) {
        throw new ActionError({ code: 'NOT_FOUND', message: 'There is no such email.' });
      }
      sendTestMailing(getDb(), mailing, admin, {
        now: new Date(),
        siteUrl: env.SITE_URL,
        language,
      });
      return { id, language };
    },
  ),

  startMailing: adminAction(
    'mobilise',
    z.object({
      id: RequestId,
      checked: z.boolean().refine(Boolean, 'Tick the box to say you have read the test email'),
    }),
    async ({ id }, admin) => {
      const outcome = await startMailing(getDb(), id, admin.id, new Date());
      if (outcome.kind === 'not-draft') throw alreadySent();
      if (outcome.kind === 'nobody') {
        throw conflict('Nobody is in this group now, so nothing was sent. Choose another group.');
      }
      return { id, recipients: outcome.recipients };
    },
  ),

  pauseMailing: adminAction('mobilise', z.object({ id: RequestId }), ({ id }, admin) => {
    return { id, changed: setMailingPaused(getDb(), id, true, admin.id, new Date()) };
  }),

  resumeMailing: adminAction('mobilise', z.object({ id: RequestId }), ({ id }, admin) => {
    return { id, changed: setMailingPaused(getDb(), id, false, admin.id, new Date()) };
  }),
};
