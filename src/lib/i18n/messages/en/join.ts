/** The join pages' interface strings. */
export const join = {};
