import { defineAction } from 'astro:actions';
import { z } from 'zod';
import { PAUSABLE, pauseFeature, PauseFormSchema, resumeFeature } from '../../lib/admin/pauses.ts';
import { getDb } from '../../lib/db.ts';
import { requirePermission } from './guard.ts';

/** The kill switches (/admin/pauses). */
export const pauseActions = {
  /** Stops pledges, letters or comments site-wide, with a notice the public sees. */
  pauseFeature: defineAction({
    accept: 'form',
    input: PauseFormSchema,
    handler: (form, context) => {
      const admin = requirePermission(context, 'pause-features');
      pauseFeature(getDb(), form, admin.id, new Date());
      return { feature: form.feature };
    },
  }),

  resumeFeature: defineAction({
    accept: 'form',
    input: z.object({ feature: z.enum(PAUSABLE) }),
    handler: ({ feature }, context) => {
      const admin = requirePermission(context, 'pause-features');
      return { feature, resumed: resumeFeature(getDb(), feature, admin.id, new Date()) };
    },
  }),
};
