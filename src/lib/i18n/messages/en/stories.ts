/** The stories pages' interface strings. */
export const stories = {};
