import { z } from 'zod';
import { EmailSchema, optionalText, personName, singleLine } from '../form-fields.ts';
import { normalisePostcode } from '../postcode/postcode.ts';
import { FREQUENCIES, parseAmount } from './amount.ts';
import { GIFT_AID_DECLARATION } from './gift-aid.ts';

const POSTCODE_MESSAGE = 'Enter your home postcode, like SW1A 1AA';

/** The Gift Aid details HMRC's schedule asks for; only read when the box is ticked. */
const GiftAidSchema = z.object({
  title: z.preprocess(
    optionalText,
    z
      .string()
      .trim()
      .max(4, 'Your title must be 4 letters or fewer, like Mr, Ms, Dr or Prof')
      .regex(/^\p{L}*\.?$/u, 'Your title can only use letters, like Mr, Ms, Dr or Prof')
      .transform((title) => title.replace(/\.$/, '') || null),
  ),
  firstName: personName('first name', 35),
  lastName: personName('last name', 35),
  house: singleLine(
    'Enter your house name or number',
    40,
    'Your house name or number must be 40 characters or fewer',
  ),
  postcode: z
    .string({ error: POSTCODE_MESSAGE })
    .max(10, POSTCODE_MESSAGE)
    .transform((typed, context) => {
      const postcode = normalisePostcode(typed);
      if (!postcode) context.addIssue({ code: 'custom', message: POSTCODE_MESSAGE });
      return postcode ?? '';
    }),
});

export type GiftAidDetails = z.infer<typeof GiftAidSchema>;

/**
 * The donate form. An amount typed in the box wins over a button, since typing is the more
 * deliberate act; either way the amount is checked here, in pence, with a message for people.
 * The Gift Aid fields are only required (and only kept) when the box is ticked.
 */
export const DonateFormSchema = z
  .object({
    frequency: z.enum(FREQUENCIES, { error: 'Choose a one-off or a monthly gift' }),
    amount: z.preprocess(optionalText, z.string().max(20)),
    otherAmount: z.preprocess(optionalText, z.string().max(40)),
    email: EmailSchema,
    giftAid: z.preprocess((value) => value === 'yes', z.boolean()),
    /** The version of the declaration the page showed, so the record names the words agreed to. */
    giftAidVersion: z.preprocess(optionalText, z.string().max(40)),
    title: z.unknown().optional(),
    firstName: z.unknown().optional(),
    lastName: z.unknown().optional(),
    house: z.unknown().optional(),
    postcode: z.unknown().optional(),
  })
  .transform((form, context) => {
    const typed = form.otherAmount.trim();
    const amount = typed || form.amount;
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
    if (form.giftAid) {
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
      else {
        for (const issue of details.error.issues) {
          context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
        }
      }
    }
    return {
      frequency: form.frequency,
      amountPence: check.ok ? check.pence : 0,
      email: form.email,
      giftAid,
    };
  });

export type DonateForm = z.infer<typeof DonateFormSchema>;
