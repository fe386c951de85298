import { readEnv } from '../env.ts';

/** What postcodes.io says about a postcode, reduced to what finding a council needs. */
export type PostcodeAnswer =
  | {
      kind: 'found';
      country: string;
      /** GSS codes of the district (or unitary authority) and county the postcode is in. */
      districtCode: string | null;
      countyCode: string | null;
    }
  | { kind: 'unknown' }
  | { kind: 'unavailable'; reason: string };

/** Long enough for a normal answer, short enough that a person is not left waiting. */
export const LOOKUP_TIMEOUT_MS = 2_000;

interface PostcodesIoResult {
  country?: string;
  codes?: { admin_district?: string; admin_county?: string };
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
    };
  } catch (error) {
    const name = (error as Error).name;
    return { kind: 'unavailable', reason: name === 'TimeoutError' ? 'timed out' : name };
  }
}
