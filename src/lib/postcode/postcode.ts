import { z } from 'zod';

/**
 * UK postcode format: an outward code (area letters, district digits, sometimes a letter) and an
 * inward code (a digit and two letters). Checked before asking postcodes.io, so a typing slip gets
 * an answer at once and costs no lookup.
 */
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;

/**
 * The postcode in its usual written form ("SW1A 1AA"), whatever the spacing and case it was
 * typed in, or undefined when it is not the shape of a UK postcode.
 */
export function normalisePostcode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s\u00a0-]+/g, '');
  const match = POSTCODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : undefined;
}

/**
 * For a form's schema: turns the text typed into the postcode in its usual written form, or, when
 * it is not the shape of a UK postcode, says `message` beside the box.
 */
export const toPostcode =
  (message: string) =>
  (typed: string, context: z.core.$RefinementCtx<string>): string => {
    const postcode = normalisePostcode(typed);
    if (postcode) return postcode;
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
