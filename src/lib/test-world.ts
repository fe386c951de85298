/* For tests: the site's address and the day most tests are set on. */

export const SITE = 'https://example.org.uk';

export const now = new Date('2026-11-24T10:00:00Z');

/** `n` days after `now` (before it, when negative). */
export const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
