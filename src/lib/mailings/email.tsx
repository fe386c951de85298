import MarkdownIt, { type Token } from 'markdown-it';
import { FIRST_NAME, UNSUBSCRIBE } from './personalise.ts';
import { campaignEmailParts, renderEmail } from '../email/layout.tsx';

// Raw HTML in the Markdown is shown as text, not obeyed; markdown-it refuses javascript: and
// similar links by itself. Bare web addresses become links.
const markdown = new MarkdownIt({ html: false, linkify: true });

/** A mailing's body as email HTML. */
export function markdownToHtml(body: string): string {
  return markdown.render(body);
}

function inlineText(tokens: Token[]): string {
  let text = '';
  let href: string | undefined;
  let linkStart = 0;
  for (const token of tokens) {
    if (token.type === 'link_open') {
      href = String(token.attrGet('href') ?? '') || undefined;
      linkStart = text.length;
    } else if (token.type === 'link_close') {
      // A bare address already reads as itself; a worded link gains its address.
      if (href && text.slice(linkStart) !== href && `mailto:${text.slice(linkStart)}` !== href) {
        text += ` (${href})`;
      }
      href = undefined;
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') {
      text += '\n';
    } else {
      text += token.content;
    }
  }
  return text;
}

/** A mailing's body as plain text: the words, each link's address after it, lists as dashes. */
export function markdownToText(body: string): string {
  const blocks: string[] = [];
  let line = '';
  for (const token of markdown.parse(body, {})) {
    if (token.type === 'inline') line += inlineText(token.children ?? []);
    else if (token.type === 'list_item_open') line += '- ';
    else if (token.type === 'paragraph_close' || token.type === 'heading_close') {
      blocks.push(line);
      line = '';
    } else if (token.type === 'fence' || token.type === 'code_block') {
      blocks.push(token.content.trimEnd());
    } else if (token.type === 'hr') blocks.push('---');
  }
  return blocks.join('\n\n');
}

/**
 * A mobilisation email rendered once, with stand-ins for each recipient's first name and
 * unsubscribe link that `personalise` fills.
 */
export function renderMailing(mailing: { subject: string; body: string }): {
  html: string;
  text: string;
} {
  const campaign = campaignEmailParts(UNSUBSCRIBE);
  return renderEmail(
    mailing.subject,
    <>
      <p>Dear {FIRST_NAME},</p>
      <div dangerouslySetInnerHTML={{ __html: markdownToHtml(mailing.body) }} />
    </>,
    { footer: campaign.footer, text: `Dear ${FIRST_NAME},\n\n${markdownToText(mailing.body)}` },
  );
}
