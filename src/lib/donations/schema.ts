import { z } from 'zod';
import {
  EmailSchema,
  optionalText,
  personName,
  POSTCODE_MAX_LENGTH,
  singleLine,
} from '../form-fields.ts';
import { toPostcode } from '../postcode/postcode.ts';
import { FREQUENCIES, parseAmount } from './amount.ts';
import { GIFT_AID_DECLARATION } from './gift-aid.ts';

const POSTCODE_MESSAGE = 'Enter your home postcode, like SW1A 1AA';

/** The longest each box of the donate form takes: the schema checks them, the form's boxes say them. */
export const DONATE_LIMITS = {
  /** Room for £10,000.00 and a space; the amount itself is checked in pence. */
  otherAmount: 12,
  title: 4,
  firstName: 35,
  lastName: 35,
  house: 40,
  postcode: POSTCODE_MAX_LENGTH,
} as const;

/** The Gift Aid details HMRC's schedule asks for; only read when the box is ticked. */
const GiftAidSchema = z.object({
  title: z.preprocess(
    optionalText,
    z
      .string()
      .trim()
      .max(
        DONATE_LIMITS.title,
        `Your title must be ${DONATE_LIMITS.title} letters or fewer, like Mr, Ms, Dr or Prof`,
      )
      .regex(/^\p{L}*\.?$/u, 'Your title can only use letters, like Mr, Ms, Dr or Prof')
      .transform((title) => title.replace(/\.$/, '') || null),
  ),
  firstName: personName('first name', DONATE_LIMITS.firstName),
  lastName: personName('last name', DONATE_LIMITS.lastName),
  house: singleLine(
    'Enter your house name or number',
    DONATE_LIMITS.house,
    `Your house name or number must be ${DONATE_LIMITS.house} characters or fewer`,
  ),
  postcode: z
    .string({ error: POSTCODE_MESSAGE })
    .max(DONATE_LIMITS.postcode, POSTCODE_MESSAGE)
    .transform(toPostcode(POSTCODE_MESSAGE)),
});

export type GiftAidDetails = z.infer<typeof GiftAidSchema>;

/** The giver's choices, each checked on its own so every problem is reported at once. */
const ChoicesSchema = z.object({
  frequency: z.enum(FREQUENCIES, { error: 'Choose a one-off or a monthly gift' }),
  email: EmailSchema,
});

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The donate form. Every field is read as it came and checked inside one step, so a missing email
 * address and a wrong amount are reported together, not one after the other. An amount typed in
 * the box wins over a button, since typing is the more deliberate act; either way it is checked
 * here, in pence, with a message for people. The Gift Aid fields are only required (and only
 * kept) when the box is ticked.
 */
export const DonateFormSchema = z
  .object({
    frequency: z.unknown().optional(),
    amount: z.unknown().optional(),
    otherAmount: z.unknown().optional(),
    email: z.unknown().optional(),
    giftAid: z.unknown().optional(),
    /** The version of the declaration the page showed, so the record names the words agreed to. */
    giftAidVersion: z.unknown().optional(),
    title: z.unknown().optional(),
    firstName: z.unknown().optional(),
    lastName: z.unknown().optional(),
    house: z.unknown().optional(),
    postcode: z.unknown().optional(),
  })
  .transform((form, context) => {
    const report = (issues: readonly z.core.$ZodIssue[]) => {
      for (const issue of issues) {
        context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    };
    const choices = ChoicesSchema.safeParse(form);
    if (!choices.success) report(choices.error.issues);
    const typed = text(form.otherAmount).trim().slice(0, 40);
    const amount = typed || text(form.amount).slice(0, 20);
    const check = amount
      ? parseAmount(amount)
      : ({ ok: false, message: 'Choose an amount, or type your own' } as const);
    if (!check.ok) {
      context.addIssue({
        code: 'custom',
        path: [typed ? 'otherAmount' : 'amount'],
        message: check.message,
      });
    }
    let giftAid: GiftAidDetails | null = null;
    if (form.giftAid === 'yes') {
      if (form.giftAidVersion !== GIFT_AID_DECLARATION.version) {
        context.addIssue({
          code: 'custom',
          path: ['giftAid'],
          message:
            'The Gift Aid wording has changed since this page was opened. Please read it again below and tick the box.',
        });
      }
      const details = GiftAidSchema.safeParse(form);
      if (details.success) giftAid = details.data;
      else report(details.error.issues);
    }
    return {
      frequency: choices.data?.frequency ?? 'one-off',
      amountPence: check.ok ? check.pence : 0,
      email: choices.data?.email ?? '',
      giftAid,
    };
  });

export type DonateForm = z.infer<typeof DonateFormSchema>;
