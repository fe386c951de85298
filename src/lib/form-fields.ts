import { z } from 'zod';

/** Line breaks and other control characters, which must never reach an email header. */
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * A one-line text field: control characters (line breaks above all, which could add a header to
 * an email) become spaces, then it is trimmed and its length checked, with messages for people.
 */
export const singleLine = (required: string, max: number, tooLong: string, min = 1) =>
  z
    .string({ error: required })
    .transform((value) => value.replace(CONTROL, ' ').trim())
    .pipe(z.string().min(min, required).max(max, tooLong));

/** An email address, trimmed and checked, with messages for people. */
export const EmailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Your email address must be 254 characters or fewer')
  .pipe(z.email('Enter an email address in the right format, like name@example.com'));
