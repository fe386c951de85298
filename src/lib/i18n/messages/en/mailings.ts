/** The mailings pages' interface strings. */
export const mailings = {};
