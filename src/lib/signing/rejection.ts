import { recordAudit } from '../audit/audit.ts';
import { statement, type Db } from '../db.ts';
import { enqueueEmail } from '../email/outbox.ts';
import { signingRejectedEmail } from './emails.tsx';
import { councilNameIn } from './council-names.ts';
import { singleLine } from '../form-fields.ts';
import { waitingRequest, type Decider, type DecisionOutcome } from './requests.ts';

export const RejectionSchema = singleLine(
  'Say why, in a sentence the signatory will read',
  1000,
  'Keep the reason to 1,000 characters or fewer',
  10,
);

/** A campaigner turns a request down; the signatory is told why. */
export function rejectSigningRequest(
  db: Db,
  id: number,
  reason: string,
  { adminId, now, siteUrl }: Decider,
): DecisionOutcome {
  return db
    .transaction((): DecisionOutcome => {
      const request = waitingRequest(db, id);
      if (!request) return { kind: 'not-waiting' };
      statement(
        db,
        `UPDATE signing_requests SET state = 'rejected', rejection_reason = ?, decided_at = ?,
         decided_by = ? WHERE id = ?`,
      ).run(reason, now.toISOString(), adminId, request.id);
      enqueueEmail(
        db,
        `signing-rejected:${request.id}`,
        signingRejectedEmail(
          { email: request.email, name: request.name },
          {
            councilName: councilNameIn(request.language, {
              name: request.councilName,
              welshName: request.councilWelshName,
            }),
            slug: request.councilSlug,
          },
          reason,
          siteUrl,
          request.language,
        ),
      );
      recordAudit(
        db,
        adminId,
        'signing.reject',
        { request: request.id, council: request.councilSlug },
        now,
      );
      return { kind: 'rejected', councilSlug: request.councilSlug };
    })
    .immediate();
}
