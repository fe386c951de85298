import { ActionError } from 'astro:actions';
import { findCouncil } from '../lib/councils/queries.ts';
import { getDb } from '../lib/db.ts';
import { readEnv } from '../lib/env.ts';
import { releaseHeldLetters } from '../lib/lobby/letter-confirmation.ts';
import {
  RetireFormSchema,
  retireTarget,
  saveTarget,
  TargetFormSchema,
  verifyTarget,
  VerifyFormSchema,
  type TargetChange,
} from '../lib/lobby/target-admin.ts';
import { adminAction } from './admin/guard.ts';

const env = readEnv();

/** A saved change, the problem its form shows beside a box, or no such target (404). */
function answer(change: TargetChange, done: string) {
  if (change.kind === 'not-found') {
    throw new ActionError({
      code: 'NOT_FOUND',
      message: 'That person is no longer on this council’s list. Reload the page and try again.',
    });
  }
  return change.kind === 'problem' ? change : { ...change, done, released: 0 };
}

/**
 * Letters held for the council go to whoever is now checked: at once, within the usual limits.
 * Run after a change that may have made somebody writable (here, or an import of councillors).
 */
export const releaseHeldLettersNow = (councilId: number, now: Date) =>
  releaseHeldLetters(getDb(), councilId, {
    now,
    siteUrl: env.SITE_URL,
    dailyCap: env.LETTERS_PER_COUNCIL_PER_DAY,
    digestAfter: env.LETTER_DIGEST_AFTER,
  });

/** Campaigners keeping the list of who letters go to (/admin/targets). */
export const targets = {
  saveTarget: adminAction('manage-targets', TargetFormSchema, (form, admin) => {
    const now = new Date();
    const change = saveTarget(getDb(), form, { adminId: admin.id, now });
    const result = answer(change, form.target ? 'edited' : 'added');
    if (change.kind === 'saved' && change.verified && 'released' in result) {
      result.released = releaseHeldLettersNow(change.councilId, now);
    }
    return result;
  }),

  verifyTarget: adminAction('manage-targets', VerifyFormSchema, (form, admin) => {
    const now = new Date();
    const change = verifyTarget(getDb(), form, { adminId: admin.id, now });
    const result = answer(change, 'verified');
    if (change.kind === 'saved' && 'released' in result) {
      result.released = releaseHeldLettersNow(change.councilId, now);
    }
    return result;
  }),

  /** For letters held when people were checked outside the site (a file an operator imported). */
  sendHeldLetters: adminAction(
    'manage-targets',
    RetireFormSchema.pick({ council: true }),
    ({ council }) => {
      const found = findCouncil(getDb(), council);
      if (!found)
        throw new ActionError({ code: 'NOT_FOUND', message: 'There is no such council.' });
      return { council, released: releaseHeldLettersNow(found.id, new Date()) };
    },
  ),

  retireTarget: adminAction('manage-targets', RetireFormSchema, (form, admin) => {
    return answer(retireTarget(getDb(), form, { adminId: admin.id, now: new Date() }), 'retired');
  }),
};
