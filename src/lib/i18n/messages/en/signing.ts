/** The signing pages' interface strings. */
export const signing = {};
