import type { APIRoute } from 'astro';
import { z } from 'zod';
import { OpenDataDocumentSchema } from '../../lib/site/open-data.ts';

/** The JSON Schema of /data/councils.json, made from the same zod schema the tests check. */
export const GET: APIRoute = ({ site }) =>
  Response.json(
    {
      $id: new URL('/data/councils.schema.json', site).href,
      title: 'Councils and the Runaways’ Charter',
      ...z.toJSONSchema(OpenDataDocumentSchema),
    },
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
