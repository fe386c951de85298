import { ActionError } from 'astro:actions';
import { z } from 'zod';
import {
  hasAFilter,
  InvalidationFilterFields,
  invalidatePledges,
  NO_FILTER,
} from '../../lib/pledges/invalidation.ts';
import { getDb } from '../../lib/db.ts';
import {
  OfflineSupportersFormSchema,
  recordOfflineSupporters,
} from '../../lib/pledges/offline-supporters.ts';
import { adminAction, conflict } from './guard.ts';

/** Putting the public total right: supporters met offline in, fake pledges out. */
export const supporterCountActions = {
  /** Supporters who signed up offline, or a correction of an entry: in the public total at once. */
  recordOfflineSupporters: adminAction(
    'record-offline-supporters',
    OfflineSupportersFormSchema,
    (form, admin) => {
      const outcome = recordOfflineSupporters(getDb(), form, admin.id, new Date());
      if (outcome.kind === 'unknown-council') {
        throw new ActionError({ code: 'BAD_REQUEST', message: 'Choose a council from the list.' });
      }
      if (outcome.kind === 'no-such-entry') {
        throw new ActionError({ code: 'NOT_FOUND', message: 'There is no such entry to correct.' });
      }
      if (outcome.kind === 'already-corrected') {
        throw conflict(
          `Entry ${form.corrects} has been corrected already, by entry ${outcome.by}, so nothing was recorded. If that is wrong too, correct it instead.`,
        );
      }
      return { id: outcome.id };
    },
  ),

  /** Removes a flood of fake pledges, once the campaigner has seen how many there are. */
  invalidatePledges: adminAction(
    'invalidate-pledges',
    InvalidationFilterFields.extend({
      expected: z.coerce.number().int().min(1),
      checked: z.boolean().refine(Boolean, 'Tick the box to say these pledges are fake'),
    }).refine(hasAFilter, NO_FILTER),
    async ({ expected, checked: _checked, ...filter }, admin) => {
      const outcome = await invalidatePledges(getDb(), filter, expected, admin.id, new Date());
      if (outcome.kind === 'changed') {
        throw conflict(
          `The number of matching pledges changed from ${expected} to ${outcome.count.total} while you were looking. Check the count again.`,
        );
      }
      return { count: outcome.count };
    },
  ),
};
