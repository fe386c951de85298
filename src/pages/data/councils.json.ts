import type { APIRoute } from 'astro';
import { openDataResponse } from '../../lib/http/open-data-response.ts';
import { councilsFile } from '../../lib/site/open-data-files.ts';

export const prerender = false;

export const GET: APIRoute = ({ site }) =>
  openDataResponse(councilsFile('json', site!), 'application/json; charset=utf-8');
