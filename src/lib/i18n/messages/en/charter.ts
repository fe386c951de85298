/** The charter pages' interface strings. */
export const charter = {};
