/** The privacy pages' interface strings. */
export const privacy = {};
