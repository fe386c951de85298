import MarkdownIt, { type Token } from 'markdown-it';
import { FIRST_NAME, UNSUBSCRIBE } from './personalise.ts';
import { campaignEmailParts, renderEmail } from '../email/layout.tsx';
import { messages } from '../i18n/catalogue.ts';
import { LANGUAGE_TAG, type Locale } from '../i18n/locales.ts';

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

/** A mailing's words in one language, as the campaigner wrote them. */
export interface MailingText {
  subject: string;
  body: string;
}

/** One language's version of a mailing, ready to personalise. */
export interface RenderedVersion {
  subject: string;
  html: string;
  text: string;
}

const NOTE = { padding: '8px 12px', background: '#f4f2ee', fontWeight: 700 } as const;

/**
 * A mobilisation email rendered once for the supporters who chose `locale`, with stand-ins for
 * each recipient's first name and unsubscribe link that `personalise` fills. Welsh supporters get
 * the Welsh version when the campaigner wrote one; otherwise the English, headed by a note in
 * Welsh saying there is no Welsh version yet, in a Welsh frame (helplines, the way to stop).
 */
export function renderMailing(
  mailing: MailingText & { welsh?: MailingText | null },
  locale: Locale = 'en',
): RenderedVersion {
  const version = locale === 'cy' && mailing.welsh ? mailing.welsh : mailing;
  const written: Locale = version === mailing ? 'en' : 'cy';
  const greeting = messages(written).mailings.greeting(FIRST_NAME);
  const words = (
    <>
      <p>{greeting}</p>
      <div dangerouslySetInnerHTML={{ __html: markdownToHtml(version.body) }} />
    </>
  );
  const text = `${greeting}\n\n${markdownToText(version.body)}`;
  const untranslated = written !== locale;
  const note = messages('cy').mailings.noWelshVersion;
  const { html, text: fullText } = renderEmail(
    version.subject,
    untranslated ? (
      <>
        <p style={NOTE}>{note}</p>
        <div lang={LANGUAGE_TAG.en}>{words}</div>
      </>
    ) : (
      words
    ),
    {
      footer: campaignEmailParts(UNSUBSCRIBE, locale).footer,
      text: untranslated ? `${note}\n\n${text}` : text,
      locale,
    },
  );
  return { subject: version.subject, html, text: fullText };
}
