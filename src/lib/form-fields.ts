import { z } from 'zod';

/** Line breaks and other control characters, which must never reach an email header. */
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * Characters nobody sees that change what people do see: bidi overrides and isolates
 * (U+202A–202E, U+2066–2069, U+061C), which can show a name or an address backwards ("moc.live"
 * as "evil.com"), and zero-width characters (U+200B–200F, U+2060–2064, U+FEFF), which hide words
 * from moderators and make two names that look alike differ. Nobody types them on purpose.
 */
export const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * A one-line text field (a name, a job title, a subject): invisible characters go, control
 * characters (line breaks above all, which could add a header to an email) become spaces, then it
 * is trimmed and its length checked, with messages for people.
 */
export const singleLine = (required: string, max: number, tooLong: string, min = 1) =>
  z
    .string({ error: required })
    .transform((value) => value.replace(INVISIBLE, '').replace(CONTROL, ' ').trim())
    .pipe(z.string().min(min, required).max(max, tooLong));

/** The longest address SMTP allows (RFC 5321's path limit), for the schema and every email box. */
export const EMAIL_MAX_LENGTH = 254;

/** The longest postcode box: SW1A 1AA with room for a stray space or two. */
export const POSTCODE_MAX_LENGTH = 10;

/** An email address, trimmed and checked, with messages for people. */
export const EmailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(EMAIL_MAX_LENGTH, `Your email address must be ${EMAIL_MAX_LENGTH} characters or fewer`)
  .pipe(
    z.email(
      'Enter an email address in the right format, with an @ and the part after it, and no spaces',
    ),
  );

// Letters from any language, with the spaces, hyphens, apostrophes and full stops names use.
// Digits, symbols, angle brackets and control characters are not part of anyone's name.
const NAME = /^[\p{L}\p{M}](?:[\p{L}\p{M} '’.-]*[\p{L}\p{M}.])?$/u;

/** The longest part of a name that a form takes, unless its schema says otherwise. */
export const NAME_MAX_LENGTH = 50;

/** A person's name (`label` says which part), tidied of stray spaces, with messages for people. */
export const personName = (label: string, max = NAME_MAX_LENGTH) =>
  z
    .string({ error: `Enter your ${label}` })
    .transform((value) => value.normalize('NFC').replace(INVISIBLE, '').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, `Enter your ${label}`)
        .max(max, `Your ${label} must be ${max} characters or fewer`)
        .regex(NAME, `Your ${label} can only use letters, spaces, hyphens and apostrophes`),
    );

/** A form sends an empty box as nothing at all; both mean "not given". */
export const optionalText = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * An empty box or choice, as a form sends it ('') or as Astro passes an optional one on (null):
 * both mean "not given", for a schema that is optional.
 */
export const emptyAsUndefined = (value: unknown) =>
  value === '' || value === null ? undefined : value;

/** A token from an emailed link, as its form sends it back; what it opens is checked after. */
export const TokenSchema = z.string().trim().min(10).max(100);
