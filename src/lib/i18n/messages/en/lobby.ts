/** The lobby pages' interface strings. */
export const lobby = {};
