import { createAddressLimit } from '../http/rate-limit.ts';

/**
 * Postcode lookups per address (IP) per minute, shared by every page that looks one up: generous
 * for people, but it stops one address using us to sweep postcodes.io.
 */
export const postcodeLookups = createAddressLimit({ limit: 30, windowMs: 60_000 });
