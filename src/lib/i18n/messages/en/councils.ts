/** The councils pages' interface strings. */
export const councils = {};
