import { ActionError, defineAction } from 'astro:actions';
import { getDb } from '../lib/db.ts';
import { addressLimit, LIMITS } from '../lib/http/limits.ts';
import { findCouncil } from '../lib/councils/queries.ts';
import { CouncilReportSchema, recordCouncilReport } from '../lib/councils/reports.ts';

const reportLimit = addressLimit('councilReports');

export const councils = {
  reportCouncilRecord: defineAction({
    accept: 'form',
    input: CouncilReportSchema,
    handler: (report, context) => {
      if (!reportLimit(context.clientAddress)) {
        throw new ActionError({
          code: 'TOO_MANY_REQUESTS',
          message: LIMITS.councilReports.message(),
        });
      }
      if (!recordCouncilReport(getDb(), report)) {
        throw new ActionError({ code: 'NOT_FOUND', message: 'We could not find that council.' });
      }
      // The Welsh council page's address, for a report sent from it (after-forms.ts).
      const welshSlug = findCouncil(getDb(), report.slug)?.welshSlug ?? null;
      return { slug: report.slug, welshSlug };
    },
  }),
};
