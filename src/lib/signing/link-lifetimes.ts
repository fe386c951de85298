/** How long a signatory has to confirm their address from the emailed link. */
export const VERIFY_LINK_DAYS = 7;

/** A self-assessment link lasts long enough to gather evidence from partners over a few weeks. */
export const ASSESSMENT_LINK_DAYS = 60;
