import { LinkifyIt } from 'linkify-it';
import { escapeHtml } from '../html.ts';

const linkify = new LinkifyIt();
// Only addresses a reader can safely follow become links: web pages and email.
const SAFE = /^(https?:|mailto:)/i;

/**
 * A comment as HTML: plain text, escaped, with web and email addresses made links (marked
 * nofollow and ugc, since we vouch for nothing a commenter links to) and line breaks kept. These
 * links are the only HTML that can come out: anything else typed shows as the characters typed.
 */
export function commentHtml(body: string): string {
  let html = '';
  let at = 0;
  for (const match of linkify.match(body) ?? []) {
    if (!SAFE.test(match.url)) continue;
    html += escapeHtml(body.slice(at, match.index));
    html += `<a href="${escapeHtml(match.url)}" rel="nofollow ugc">${escapeHtml(match.text)}</a>`;
    at = match.lastIndex;
  }
  html += escapeHtml(body.slice(at));
  return html.replace(/\r?\n/g, '<br>\n');
}
