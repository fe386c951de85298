import { defineAction } from 'astro:actions';
import { z } from 'zod';
import { getDb } from '../../lib/db.ts';
import { readEnv } from '../../lib/env.ts';
import { approveSigningRequest, HowCheckedSchema } from '../../lib/signing/requests.ts';
import { rejectSigningRequest, RejectionSchema } from '../../lib/signing/rejection.ts';
import { RequestId, requirePermission } from './guard.ts';

const env = readEnv();

/** Campaigners deciding councils' requests to sign the charter (/admin/signings). */
export const signingActions = {
  approveSigning: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId, howChecked: HowCheckedSchema }),
    handler: ({ id, howChecked }, context) => {
      const admin = requirePermission(context, 'approve-signings');
      return approveSigningRequest(getDb(), id, {
        adminId: admin.id,
        now: new Date(),
        siteUrl: env.SITE_URL,
        howChecked,
      });
    },
  }),

  rejectSigning: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId, reason: RejectionSchema }),
    handler: ({ id, reason }, context) => {
      const admin = requirePermission(context, 'approve-signings');
      return rejectSigningRequest(getDb(), id, reason, {
        adminId: admin.id,
        now: new Date(),
        siteUrl: env.SITE_URL,
      });
    },
  }),
};
