/** The one-click unsubscribe address for a supporter's key. */
export function unsubscribeUrl(siteUrl: string, unsubscribeKey: string): string {
  return `${siteUrl}/unsubscribe?key=${encodeURIComponent(unsubscribeKey)}`;
}

/** One-click unsubscribe (RFC 8058): the headers mail providers turn into a button. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
