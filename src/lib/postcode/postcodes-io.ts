import { readEnv } from '../env.ts';

/** What postcodes.io says about a postcode, reduced to what finding a council needs. */
export type PostcodeAnswer =
  | {
      kind: 'found';
      country: string;
      /** GSS codes of the district (or unitary authority) and county the postcode is in. */
      districtCode: string | null;
      countyCode: string | null;
      /** The district or unitary ward, and (in a two-tier area) the county electoral division. */
      ward: Area | null;
      division: Area | null;
    }
  | { kind: 'unknown' }
  | { kind: 'unavailable'; reason: string };

/** A ward or division: its GSS code and name. */
export interface Area {
  code: string;
  name: string;
}

/** Long enough for a normal answer, short enough that a person is not left waiting. */
export const LOOKUP_TIMEOUT_MS = 2_000;

interface PostcodesIoResult {
  country?: string;
  admin_ward?: string | null;
  ced?: string | null;
  codes?: { admin_district?: string; admin_county?: string; admin_ward?: string; ced?: string };
}

/** postcodes.io names "no such area" with a null name and a code of nines (E99999999). */
function area(name: string | null | undefined, code: string | undefined): Area | null {
  return name && code && !/^[A-Z]9{8}$/.test(code) ? { code, name } : null;
}

/**
 * Asks postcodes.io about a postcode. The only module that talks to it; its address comes from
 * POSTCODES_API_URL. Never throws: a slow or failing service is an answer like any other.
 */
export async function lookUpPostcode(
  postcode: string,
  { baseUrl = readEnv().POSTCODES_API_URL, timeoutMs = LOOKUP_TIMEOUT_MS } = {},
): Promise<PostcodeAnswer> {
  try {
    const response = await fetch(`${baseUrl}/postcodes/${encodeURIComponent(postcode)}`, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { Accept: 'application/json' },
    });
    if (response.status === 404) return { kind: 'unknown' };
    if (!response.ok) return { kind: 'unavailable', reason: `status ${response.status}` };
    const { result } = (await response.json()) as { result?: PostcodesIoResult };
    if (!result?.country) return { kind: 'unavailable', reason: 'unexpected answer' };
    return {
      kind: 'found',
      country: result.country,
      districtCode: result.codes?.admin_district ?? null,
      countyCode: result.codes?.admin_county ?? null,
      ward: area(result.admin_ward, result.codes?.admin_ward),
      division: area(result.ced, result.codes?.ced),
    };
  } catch (error) {
    const name = (error as Error).name;
    return { kind: 'unavailable', reason: name === 'TimeoutError' ? 'timed out' : name };
  }
}
