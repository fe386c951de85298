import { z } from 'zod';
import { getDb } from '../../lib/db.ts';
import { readEnv } from '../../lib/env.ts';
import { approveSigningRequest, HowCheckedSchema } from '../../lib/signing/requests.ts';
import { rejectSigningRequest, RejectionSchema } from '../../lib/signing/rejection.ts';
import { adminAction, RequestId } from './guard.ts';

const env = readEnv();

/** Campaigners deciding councils' requests to sign the charter (/admin/signings). */
export const signingActions = {
  approveSigning: adminAction(
    'approve-signings',
    z.object({ id: RequestId, howChecked: HowCheckedSchema }),
    ({ id, howChecked }, admin) => {
      return approveSigningRequest(getDb(), id, {
        adminId: admin.id,
        now: new Date(),
        siteUrl: env.SITE_URL,
        howChecked,
      });
    },
  ),

  rejectSigning: adminAction(
    'approve-signings',
    z.object({ id: RequestId, reason: RejectionSchema }),
    ({ id, reason }, admin) => {
      return rejectSigningRequest(getDb(), id, reason, {
        adminId: admin.id,
        now: new Date(),
        siteUrl: env.SITE_URL,
      });
    },
  ),
};
