/** What someone is told when what they sent is too large to read (Astro's limit, or ours). */
export const TOO_LARGE_MESSAGE =
  'What you sent is far longer than this form takes. Please shorten it and try again.';

/**
 * Words for people when a form could not be read at all (as opposed to a field being wrong).
 * Astro's own messages are written for developers.
 */
const MESSAGES: Record<string, string> = {
  CONTENT_TOO_LARGE: TOO_LARGE_MESSAGE,
  UNSUPPORTED_MEDIA_TYPE: 'This form can only be sent from its page. Please fill it in there.',
};

/** The message to show for a form error that is not about one field. */
export function formErrorMessage(error: { code: string; message: string }): string {
  return MESSAGES[error.code] ?? error.message;
}

const STATUSES: Record<string, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CONTENT_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** The status a form's page answers with when its action failed: 400 unless the code says more. */
export function statusForFormError(error: { code: string }): number {
  return STATUSES[error.code] ?? 400;
}
