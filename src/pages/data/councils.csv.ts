import type { APIRoute } from 'astro';
import { openDataResponse } from '../../lib/http/open-data-response.ts';
import { councilsFile } from '../../lib/site/open-data-files.ts';

export const prerender = false;

export const GET: APIRoute = ({ site }) => {
  const response = openDataResponse(councilsFile('csv', site!), 'text/csv; charset=utf-8');
  response.headers.set('Content-Disposition', 'inline; filename="councils.csv"');
  return response;
};
