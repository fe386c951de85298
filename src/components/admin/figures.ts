/** A share as a whole percentage, or a dash when there is nothing to divide by. */
export const percent = (share: number | null) =>
  share === null ? '–' : `${Math.round(share * 100)}%`;

/** A count as people read it: 12,345. */
export const number = (n: number) => n.toLocaleString('en-GB');
