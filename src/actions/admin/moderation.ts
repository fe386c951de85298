import { defineAction } from 'astro:actions';
import { z } from 'zod';
import { dismissReport } from '../../lib/councils/reports.ts';
import { getDb } from '../../lib/db.ts';
import { COMMENT_DECISIONS, decideComment } from '../../lib/news/comments.ts';
import { RequestId, requirePermission } from './guard.ts';

/** Deciding what the public sent in: "Is this wrong?" reports and comments on the news. */
export const moderationActions = {
  /** Nothing needs changing. (A report is accepted by putting the record right: council-records.ts.) */
  dismissReport: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId }),
    handler: ({ id }, context) => {
      const admin = requirePermission(context, 'review-reports');
      return { dismissed: dismissReport(getDb(), id, admin.id, new Date()) };
    },
  }),

  decideComment: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId, decision: z.enum(COMMENT_DECISIONS) }),
    handler: ({ id, decision }, context) => {
      const admin = requirePermission(context, 'moderate-comments');
      return { decided: decideComment(getDb(), id, decision, admin.id, new Date()), decision };
    },
  }),
};
