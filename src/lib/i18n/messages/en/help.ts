/** The help pages' interface strings. */
export const help = {};
