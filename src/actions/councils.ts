import { ActionError, defineAction } from 'astro:actions';
import { getDb } from '../lib/db.ts';
import { createAddressLimit } from '../lib/http/rate-limit.ts';
import { CouncilReportSchema, recordCouncilReport } from '../lib/councils/reports.ts';

// Enough for a person correcting a few records; not enough to flood the review queue.
const reportLimit = createAddressLimit({ limit: 10, windowMs: 60 * 60 * 1000 });

export const councils = {
  reportCouncilRecord: defineAction({
    accept: 'form',
    input: CouncilReportSchema,
    handler: (report, context) => {
      if (!reportLimit(context.clientAddress)) {
        throw new ActionError({
          code: 'TOO_MANY_REQUESTS',
          message:
            'We have had a lot of reports from you in the last hour. Please try again later.',
        });
      }
      if (!recordCouncilReport(getDb(), report)) {
        throw new ActionError({ code: 'NOT_FOUND', message: 'We could not find that council.' });
      }
      return { slug: report.slug };
    },
  }),
};
