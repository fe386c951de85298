import { councillorsInDocument, type SiteCouncillor } from './councillors-by-ward.ts';
import { localName, readXml } from './xml.ts';
import { countOf } from '../format.ts';

/**
 * A council's Modern.gov democracy site, read through its web service: the only module that talks
 * to one (tests point it at tests/fakes/modern-gov.ts). What its answer holds, and which parts
 * are read, is described in councillors-by-ward.ts.
 */

const SITE_TIMEOUT_MS = 10_000;
/** Far more than any council's list: the largest of 46 councils' saved answers is 150 KB. */
const SITE_MAX_BYTES = 5 * 1024 * 1024;
export const SITE_ADDRESS_MAX_LENGTH = 300;

/** Why a democracy site's councillors could not be read; each comes with a message for people. */
export type SiteProblem =
  'timeout' | 'unreachable' | 'status' | 'too-large' | 'not-modern-gov' | 'bad-xml' | 'empty';

export type SiteReading =
  | { kind: 'read'; councillors: SiteCouncillor[] }
  | { kind: 'problem'; problem: SiteProblem; message: string };

const NOT_MODERN_GOV = 'That address is not a Modern.gov democracy site:';

/**
 * The address of a democracy site as campaigners may type it (`democracy.kent.gov.uk`, a page
 * on the site such as `…/mgMemberIndex.aspx`, or a site under a path like `…/moderngov/`),
 * tidied to its scheme, host and path prefix with no trailing slash; https when none is given.
 */
export function democracySiteAddress(
  typed: string,
): { ok: true; site: string } | { ok: false; message: string } {
  const wrong = {
    ok: false as const,
    message:
      'Enter the address of the council’s democracy site, like https://democracy.kent.gov.uk',
  };
  const text = typed.trim();
  if (!text || text.length > SITE_ADDRESS_MAX_LENGTH || /\s/.test(text)) return wrong;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return wrong;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The address must start with https:// (or http://)' };
  }
  if (url.username || url.password || !url.hostname) return wrong;
  const segments = url.pathname.split('/').filter(Boolean);
  // A page of the site (mgMemberIndex.aspx) or its web service: the site is the folder above.
  const page = segments.findIndex((segment) => /\.(aspx|asmx|html?)$/i.test(segment));
  const prefix = (page === -1 ? segments : segments.slice(0, page)).join('/');
  return { ok: true, site: `${url.protocol}//${url.host}${prefix ? `/${prefix}` : ''}` };
}

/** Where a site's web service lists its councillors by ward. */
export function councillorsByWardUrl(site: string): string {
  return `${site}/mgWebService.asmx/GetCouncillorsByWard`;
}

const problem = (kind: SiteProblem, message: string): SiteReading => ({
  kind: 'problem',
  problem: kind,
  message,
});

/** The body as text, or undefined once it passes `maxBytes` (the rest is not read). */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  const charset = /charset=["']?([-\w]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Buffer.concat(chunks));
}

/** Words for why a connection failed, from Node's error codes. */
function unreachableReason(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'no such address was found';
  if (code === 'ECONNREFUSED') return 'it refused the connection';
  if (typeof code === 'string' && /CERT|SSL|TLS/.test(code)) {
    return 'its security certificate is not valid';
  }
  return 'the connection failed';
}

const seconds = (ms: number) => countOf(ms / 1000, 'second', 'seconds');

/**
 * Reads a democracy site's councillors, ward by ward. Never throws: a site that is slow, down,
 * too large, broken or not Modern.gov at all is an answer with a message for campaigners.
 */
export async function readSiteCouncillors(
  site: string,
  { timeoutMs = SITE_TIMEOUT_MS, maxBytes = SITE_MAX_BYTES } = {},
): Promise<SiteReading> {
  let text: string | undefined;
  try {
    const response = await fetch(councillorsByWardUrl(site), {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { Accept: 'text/xml, application/xml' },
    });
    if (response.status === 404) {
      await response.body?.cancel();
      return problem(
        'not-modern-gov',
        `${NOT_MODERN_GOV} it has no councillors’ web service (it answered “not found”).`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      return problem(
        'status',
        `The site answered with an error (status ${response.status}). Try again later.`,
      );
    }
    text = await readLimited(response, maxBytes);
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      return problem(
        'timeout',
        `The site did not answer within ${seconds(timeoutMs)}. Check the address, or try again later.`,
      );
    }
    return problem('unreachable', `The site could not be reached: ${unreachableReason(error)}.`);
  }
  if (text === undefined) {
    return problem(
      'too-large',
      `The site’s answer is larger than ${maxBytes / 1024 / 1024} MB, far more than any council’s list of councillors. Check the address.`,
    );
  }
  const start = text
    .slice(0, 2000)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (start.startsWith('<!doctype html') || /^(<\?xml[^>]*>\s*)?<html[\s>]/.test(start)) {
    return problem(
      'not-modern-gov',
      `${NOT_MODERN_GOV} it answered with a web page, not a list of councillors.`,
    );
  }
  const document = readXml(text);
  if (!document.ok) {
    return problem(
      'bad-xml',
      `The site’s list of councillors is broken XML (${document.reason}), so nothing was read. Try again later.`,
    );
  }
  if (localName(document.root) !== 'councillorsbyward') {
    return problem(
      'not-modern-gov',
      `${NOT_MODERN_GOV} it answered with XML, but not a list of councillors by ward.`,
    );
  }
  const councillors = councillorsInDocument(document.root);
  if (councillors.length === 0) {
    return problem(
      'empty',
      'The site lists no councillors, so nothing was read. Check the address, or try again later.',
    );
  }
  return { kind: 'read', councillors };
}
