import { DONATE_LIMITS } from '../../lib/donations/schema.ts';
import type { FieldSpec } from '../fields.ts';

/** The donate form's boxes: the giver's email, then the details a Gift Aid declaration needs. */
export const EMAIL_FIELD: FieldSpec = {
  name: 'email',
  type: 'email',
  label: 'Email address',
  hint: 'For your receipt. Stripe’s page asks for your card next.',
  autocomplete: 'email',
};
export const GIFT_AID_FIELDS: FieldSpec[] = [
  {
    name: 'title',
    label: 'Title (optional)',
    // One more than the schema takes, so a title typed with a full stop is not cut short
    // before the schema can say what fits.
    maxlength: DONATE_LIMITS.title + 1,
    autocomplete: 'honorific-prefix',
    hint: 'Such as Mr, Ms, Mx or Dr.',
  },
  {
    name: 'firstName',
    label: 'First name',
    maxlength: DONATE_LIMITS.firstName,
    autocomplete: 'given-name',
  },
  {
    name: 'lastName',
    label: 'Last name',
    maxlength: DONATE_LIMITS.lastName,
    autocomplete: 'family-name',
  },
  {
    name: 'house',
    label: 'House name or number',
    maxlength: DONATE_LIMITS.house,
    autocomplete: 'address-line1',
  },
  {
    name: 'postcode',
    label: 'Home postcode',
    maxlength: DONATE_LIMITS.postcode,
    autocomplete: 'postal-code',
  },
];
