import { ActionError } from 'astro:actions';
import { getDb } from '../lib/db.ts';
import { applyImport } from '../lib/lobby/councillor-import-apply.ts';
import { readCouncillorsIntoImport } from '../lib/lobby/councillor-import.ts';
import {
  ApplyImportFormSchema,
  PairWardFormSchema,
  ReadCouncillorsFormSchema,
} from '../lib/lobby/councillor-import-forms.ts';
import { pairWard } from '../lib/lobby/ward-pairing.ts';
import { adminAction } from './admin/guard.ts';
import { releaseHeldLettersNow } from './targets.ts';

/** What a form that names a missing council or import gets: the page has gone out of date. */
function found<T>(outcome: T | undefined): T {
  if (outcome === undefined) {
    throw new ActionError({
      code: 'NOT_FOUND',
      message: 'There is no such council or reading of its councillors.',
    });
  }
  return outcome;
}

/** Campaigners importing a council's ward councillors from its democracy site. */
export const councillorImports = {
  readCouncillors: adminAction('manage-targets', ReadCouncillorsFormSchema, async (form, admin) => {
    return found(
      await readCouncillorsIntoImport(getDb(), form, { adminId: admin.id, now: new Date() }),
    );
  }),

  pairWard: adminAction('manage-targets', PairWardFormSchema, async (form, admin) => {
    return found(await pairWard(getDb(), form, { adminId: admin.id, now: new Date() }));
  }),

  applyCouncillorImport: adminAction('manage-targets', ApplyImportFormSchema, (form, admin) => {
    const now = new Date();
    const outcome = found(applyImport(getDb(), form, { adminId: admin.id, now }));
    if (outcome.kind !== 'applied') return outcome;
    // Letters held for the council go to the councillors now checked, as when a campaigner
    // checks one by hand.
    const released = releaseHeldLettersNow(outcome.councilId, now);
    return { ...outcome, released };
  }),
};
