import { z } from 'zod';
import { PAUSABLE, pauseFeature, PauseFormSchema, resumeFeature } from '../../lib/admin/pauses.ts';
import { getDb } from '../../lib/db.ts';
import { adminAction } from './guard.ts';

/** The kill switches (/admin/pauses). */
export const pauseActions = {
  /** Stops pledges, letters or comments site-wide, with a notice the public sees. */
  pauseFeature: adminAction('pause-features', PauseFormSchema, (form, admin) => {
    pauseFeature(getDb(), form, admin.id, new Date());
    return { feature: form.feature };
  }),

  resumeFeature: adminAction(
    'pause-features',
    z.object({ feature: z.enum(PAUSABLE) }),
    ({ feature }, admin) => {
      return { feature, resumed: resumeFeature(getDb(), feature, admin.id, new Date()) };
    },
  ),
};
