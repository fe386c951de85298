import { z } from 'zod';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { WARD_CODE } from '../councils/wards.ts';
import { emptyAsUndefined } from '../form-fields.ts';
import { toPostcode } from '../postcode/postcode.ts';
import { democracySiteAddress } from './modern-gov.ts';

/* The forms campaigners import a council's ward councillors with (/admin/targets/import). */

const council = z.string().regex(COUNCIL_SLUG);
const importId = z.coerce.number().int().positive();

/** A democracy site's address as typed, tidied to the site's scheme, host and path. */
const DemocracySiteSchema = z
  .string({ error: 'Enter the address of the council’s democracy site' })
  .transform((typed, context) => {
    const address = democracySiteAddress(typed);
    if (address.ok) return address.site;
    context.addIssue({ code: 'custom', message: address.message });
    return z.NEVER;
  });

/** "Read councillors": the site to read them from. */
export const ReadCouncillorsFormSchema = z.object({ council, site: DemocracySiteSchema });
export type ReadCouncillorsForm = z.infer<typeof ReadCouncillorsFormSchema>;

/** Pairs one of the site's ward names with a ward: one chosen from the list, or by a postcode. */
export const PairWardFormSchema = z
  .object({
    council,
    import: importId,
    siteWardName: z.string().trim().min(1).max(120),
    wardCode: z.preprocess(
      emptyAsUndefined,
      z.string().regex(WARD_CODE, 'Choose a ward from the list').optional(),
    ),
    postcode: z.preprocess(
      emptyAsUndefined,
      z.string().transform(toPostcode('Enter a postcode, like ME14 1XX')).optional(),
    ),
  })
  .superRefine((form, context) => {
    if (!form.wardCode && !form.postcode) {
      context.addIssue({
        code: 'custom',
        path: ['postcode'],
        message: 'Choose the ward from the list, or enter a postcode inside it',
      });
    } else if (form.wardCode && form.postcode) {
      context.addIssue({
        code: 'custom',
        path: ['postcode'],
        message: 'Choose the ward or enter a postcode, not both',
      });
    }
  });
export type PairWardForm = z.infer<typeof PairWardFormSchema>;

/** "Apply these changes": the import the campaigner was shown. */
export const ApplyImportFormSchema = z.object({ council, import: importId });
export type ApplyImportForm = z.infer<typeof ApplyImportFormSchema>;
