/** Every token we email is 10 to 100 letters, digits, hyphens and underscores. */
const TOKEN_SHAPE = /^[\w-]{10,100}$/;

/** Whether `token` could be one we sent, so a mangled link never reaches the database. */
export function isTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/** What an emailed link's token opens; one that cannot be ours opens nothing. */
export function openLink<Found extends { kind: string }>(
  token: string,
  open: (token: string) => Found,
): Found | { kind: 'invalid' } {
  return isTokenShaped(token) ? open(token) : { kind: 'invalid' };
}

/** The status an emailed link's page answers with: gone once expired, not found if unknown. */
export function statusForLink(kind: string): number {
  return kind === 'invalid' ? 404 : kind === 'expired' ? 410 : 200;
}
