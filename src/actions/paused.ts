import { ActionError } from 'astro:actions';
import { pauseNotice, type Pausable } from '../lib/admin/pauses.ts';
import { getDb } from '../lib/db.ts';

/** Stops an action while campaigners have paused its feature, telling the person why. */
export function refuseIfPaused(feature: Pausable): void {
  const notice = pauseNotice(getDb(), feature);
  if (notice) {
    throw new ActionError({
      code: 'SERVICE_UNAVAILABLE',
      message: `${notice} Please try again later.`,
    });
  }
}
