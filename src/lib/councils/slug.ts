/** The shape of a council's slug, for forms and addresses that name a council. */
export const COUNCIL_SLUG = /^[a-z0-9-]{1,80}$/;
