import { z } from 'zod';
import { dismissReport } from '../../lib/councils/reports.ts';
import { getDb } from '../../lib/db.ts';
import { COMMENT_DECISIONS, decideComment } from '../../lib/news/comments.ts';
import { adminAction, RequestId } from './guard.ts';

/** Deciding what the public sent in: "Is this wrong?" reports and comments on the news. */
export const moderationActions = {
  /** Nothing needs changing. (A report is accepted by putting the record right: council-records.ts.) */
  dismissReport: adminAction('review-reports', z.object({ id: RequestId }), ({ id }, admin) => {
    return { dismissed: dismissReport(getDb(), id, admin.id, new Date()) };
  }),

  decideComment: adminAction(
    'moderate-comments',
    z.object({ id: RequestId, decision: z.enum(COMMENT_DECISIONS) }),
    ({ id, decision }, admin) => {
      return { decided: decideComment(getDb(), id, decision, admin.id, new Date()), decision };
    },
  ),
};
