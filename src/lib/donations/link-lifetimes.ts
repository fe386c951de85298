/** How long a link to manage a monthly gift works: past the next month's receipt, which has a new one. */
export const MANAGE_LINK_DAYS = 45;
