/** The home pages' interface strings. */
export const home = {};
