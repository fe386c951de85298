import type { APIRoute } from 'astro';
import { COUNCIL_DATA_CREDIT } from '../../../config.ts';
import { getDb } from '../../../lib/db.ts';
import { openDataResponse } from '../../../lib/http/open-data-response.ts';
import { findCouncil } from '../../../lib/councils/queries.ts';
import { councilProgress } from '../../../lib/signing/assessment.ts';
import { councilPagesBase, OPEN_DATA_LICENCE, toOpenData } from '../../../lib/site/open-data.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, site }) => {
  const council = findCouncil(getDb(), params.slug ?? '');
  if (!council) {
    return Response.json(
      { error: 'No council has that identifier. See /data/councils.json for the list.' },
      { status: 404, headers: { 'Access-Control-Allow-Origin': '*' } },
    );
  }
  const body = JSON.stringify(
    {
      licence: OPEN_DATA_LICENCE,
      attribution: COUNCIL_DATA_CREDIT,
      ...toOpenData(council, councilPagesBase(site!), councilProgress(getDb(), council.id)),
      history: council.history.map((event) => ({
        kind: event.kind,
        status: event.status,
        occurred_on: event.occurredOn,
        precision: event.precision,
        source: event.source,
        note: event.note,
        signatory_name: event.signatoryName,
        signatory_role: event.signatoryRole,
      })),
    },
    null,
    2,
  );
  return openDataResponse(body, 'application/json; charset=utf-8');
};
