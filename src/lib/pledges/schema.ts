import { z } from 'zod';
import { normalisePostcode } from '../postcode/postcode.ts';
import {
  EMAIL_MAX_LENGTH,
  EmailSchema,
  NAME_MAX_LENGTH,
  optionalText,
  personName,
  POSTCODE_MAX_LENGTH,
} from '../form-fields.ts';
import { readShareChannel, readShareCode, SHARE_CHANNELS } from '../sharing/share-code.ts';

/** The longest each box of the pledge form takes: the schema checks them, the form's boxes say them. */
export const PLEDGE_LIMITS = {
  firstName: NAME_MAX_LENGTH,
  lastName: NAME_MAX_LENGTH,
  email: EMAIL_MAX_LENGTH,
  postcode: POSTCODE_MAX_LENGTH,
} as const;

/**
 * The pledge form: one schema for the Astro Action, the page and the tests. It normalises as it
 * checks (trimmed names, the postcode written as SW1A 1AA), so what is stored is what was meant.
 */
export const PledgeFormSchema = z.object({
  firstName: personName('first name', PLEDGE_LIMITS.firstName),
  lastName: personName('last name', PLEDGE_LIMITS.lastName),
  email: EmailSchema,
  postcode: z.preprocess(
    optionalText,
    z
      .string()
      .trim()
      .max(PLEDGE_LIMITS.postcode, 'Enter a full UK postcode, like SW1A 1AA, or leave it empty')
      .refine((value) => value === '' || normalisePostcode(value) !== undefined, {
        message: 'Enter a full UK postcode, like SW1A 1AA, or leave it empty',
      })
      .transform((value) => (value ? normalisePostcode(value)! : null)),
  ),
  /** Unticked unless the person ticks it (PECR): a missing box is a no. */
  campaignEmails: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
  /** The page the form was on, for the consent record. */
  from: z.preprocess(
    optionalText,
    z.string().transform((value) => (/^\/[a-z0-9/_-]{0,100}$/.test(value) ? value : '/join')),
  ),
  /** A field people never see; anything in it means a bot filled the form. */
  website: z.preprocess(optionalText, z.string().max(200)),
  /** When the form was shown (ms since 1970), to spot forms filled faster than a person can. */
  shownAt: z.preprocess((value) => Number(value) || 0, z.number()),
  /**
   * The share code of the link the person came through (`/join?ref=CODE`), carried in a hidden
   * field. A code that is mangled is no code: the pledge goes ahead, credited to nobody.
   */
  ref: z.preprocess((value) => readShareCode(value) ?? null, z.string().nullable()),
  /** The way that link was shared (`&via=whatsapp`), kept only with a code that counts. */
  via: z.preprocess((value) => readShareChannel(value) ?? null, z.enum(SHARE_CHANNELS).nullable()),
});

export type PledgeForm = z.infer<typeof PledgeFormSchema>;

/** A person needs at least this long to fill the form; bots are faster. */
export const MINIMUM_FILL_MS = 2_000;
