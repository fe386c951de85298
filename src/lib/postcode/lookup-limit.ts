import { addressLimit } from '../http/limits.ts';

/** Postcode lookups per address (IP), one count for every page that looks one up. */
export const postcodeLookups = addressLimit('postcodeLookups');
