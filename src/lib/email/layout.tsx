import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { HELPLINES, SITE_NAME } from '../../config.ts';
import { messages } from '../i18n/catalogue.ts';
import { LANGUAGE_TAG, type Locale } from '../i18n/locales.ts';
import type { EmailMessage } from './outbox.ts';
import { unsubscribeHeaders } from './unsubscribe.ts';

// Email clients ignore stylesheets, so styles are inline; colours match the site's tokens.
const BODY = {
  margin: 0,
  padding: '24px 16px',
  background: '#f4f2ee',
  color: '#1b1b1f',
  fontFamily: 'Arial, Helvetica, sans-serif',
  fontSize: '17px',
  lineHeight: 1.5,
} as const;
const CARD = {
  maxWidth: '560px',
  margin: '0 auto',
  padding: '24px',
  background: '#ffffff',
} as const;

export const buttonStyle = {
  display: 'inline-block',
  padding: '12px 20px',
  background: '#5a1f6e',
  color: '#ffffff',
  fontWeight: 700,
  textDecoration: 'none',
  borderRadius: '6px',
} as const;

/**
 * A paragraph holding one button-like link. A function, not a component: the plain-text part is
 * read from the elements themselves (emailText), which know `p` and `a` but not components.
 */
export function button(href: string, label: string): ReactElement {
  return (
    <p>
      <a href={href} style={buttonStyle}>
        {label}
      </a>
    </p>
  );
}

/** The frame every email shares: the campaign name, the message and (but for letters to councillors) the helplines. */
function EmailLayout({
  title,
  children,
  footer,
  helplines,
  locale,
}: {
  title: string;
  children: ReactNode;
  footer: ReactNode;
  helplines: boolean;
  locale: Locale;
}) {
  return (
    <html lang={LANGUAGE_TAG[locale]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body style={BODY}>
        <div style={CARD}>
          <p style={{ margin: '0 0 16px', fontWeight: 700, color: '#5a1f6e' }}>{SITE_NAME}</p>
          {children}
          {helplines && (
            <>
              <hr style={{ border: 0, borderTop: '1px solid #8a8a95', margin: '24px 0' }} />
              <p style={{ fontSize: '14px', color: '#4a4a55' }}>{helplineLine(locale)}</p>
            </>
          )}
          {footer}
        </div>
      </body>
    </html>
  );
}

/** "Need help now? Runaway Helpline: 116 000 · …", in the email's language. */
export function helplineLine(locale: Locale): string {
  const t = messages(locale).site.helplines;
  return `${t.heading} ${HELPLINES.map((h) => `${t[h.id].name}: ${h.number}`).join(' · ')}`;
}

interface RenderOptions {
  footer?: ReactNode;
  text?: string;
  helplines?: boolean;
  /** The language the person chose to hear from us in; English when not given. */
  locale?: Locale;
}

/**
 * An email's HTML and its plain-text part, both from the same elements, so the two never say
 * different things. `text` stands in for the body's text when the body is not built from
 * elements (a mailing written in Markdown). `helplines: false` is for letters to councillors,
 * which are a person's own words.
 */
export function renderEmail(
  title: string,
  body: ReactNode,
  { footer, text, helplines = true, locale = 'en' }: RenderOptions = {},
): { html: string; text: string } {
  const html = `<!doctype html>${renderToStaticMarkup(
    <EmailLayout title={title} footer={footer} helplines={helplines} locale={locale}>
      {body}
    </EmailLayout>,
  )}`;
  const parts = [text ?? emailText(body)];
  if (helplines) parts.push(`--\n${helplineLine(locale)}`);
  if (footer) parts.push(emailText(footer));
  return { html, text: `${parts.join('\n\n')}\n` };
}

/**
 * An email ready for the outbox: its envelope, and its HTML and text from renderEmail under its
 * subject. `greet` opens it "Dear <name>," in both parts.
 */
export function composeEmail(
  envelope: Omit<EmailMessage, 'html' | 'text'>,
  body: ReactNode,
  { greet, ...options }: RenderOptions & { greet?: string } = {},
): EmailMessage {
  const greeted =
    greet === undefined ? (
      body
    ) : (
      <>
        <p>{options.locale === 'cy' ? `Annwyl ${greet},` : `Dear ${greet},`}</p>
        {body}
      </>
    );
  return { ...envelope, ...renderEmail(envelope.subject, greeted, options) };
}

type Node = ReactElement<{
  children?: ReactNode;
  href?: string;
  dangerouslySetInnerHTML?: unknown;
}>;

/** Children with fragments and arrays opened up, and nothing that renders as nothing. */
function flatten(node: ReactNode): (string | Node)[] {
  if (Array.isArray(node)) return node.flatMap(flatten);
  if (isValidElement<{ children?: ReactNode }>(node)) {
    return node.type === Fragment ? flatten(node.props.children) : [node as Node];
  }
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  return [];
}

const BLOCKS = new Set(['p', 'div', 'blockquote', 'h1', 'h2', 'h3']);
const INLINE = new Set(['a', 'br', 'strong', 'em', 'b', 'i', 'span', 'code']);

/**
 * An element the text cannot be read from faithfully (a list, a table, a component, raw HTML, a
 * block inside a block) fails loudly: the test that renders every email then says so, instead of
 * a text part quietly missing words or links.
 */
function unreadable(part: Node, where: string): Error {
  const name = typeof part.type === 'string' ? `<${part.type}>` : 'a component';
  return new Error(`An email's text cannot be read from ${name} ${where}`);
}

/** A link's words and address, joined by `join`; the address alone when it is also the words. */
function linkText(link: Node, join: (words: string, href: string) => string): string {
  const words = inlineText(link.props.children);
  const href = link.props.href;
  return !href || words === href ? words : join(words, href);
}

/** Running text: a line break as a new line, a worded link followed by its address. */
function inlineText(node: ReactNode): string {
  return flatten(node)
    .map((part) => {
      if (typeof part === 'string') return part;
      if (typeof part.type !== 'string' || !INLINE.has(part.type)) {
        throw unreadable(part, 'inside a paragraph');
      }
      if (part.type === 'br') return '\n';
      return part.type === 'a'
        ? linkText(part, (words, href) => `${words} (${href})`)
        : inlineText(part.props.children);
    })
    .join('');
}

/**
 * The plain text of an email body: a paragraph per block, separated by blank lines. A paragraph
 * of links alone (a button, or a row of answers) gives each its own line, "words: address", so
 * the address stands clear of punctuation for mail programs to make it a link.
 */
function emailText(body: ReactNode): string {
  const blocks: string[] = [];
  let running = '';
  for (const part of flatten(body)) {
    if (typeof part === 'string' || (typeof part.type === 'string' && INLINE.has(part.type))) {
      running += inlineText(part);
      continue;
    }
    if (
      typeof part.type !== 'string' ||
      !BLOCKS.has(part.type) ||
      part.props.dangerouslySetInnerHTML
    ) {
      throw unreadable(part, 'in an email body');
    }
    if (running.trim()) blocks.push(running.trim());
    running = '';
    const inside = flatten(part.props.children).filter(
      (child) => typeof child !== 'string' || child.trim(),
    );
    const links = inside.filter(
      (child): child is Node => typeof child !== 'string' && child.type === 'a',
    );
    blocks.push(
      links.length > 0 && links.length === inside.length
        ? links.map((link) => linkText(link, (words, href) => `${words}: ${href}`)).join('\n')
        : inlineText(part.props.children).trim(),
    );
  }
  if (running.trim()) blocks.push(running.trim());
  return blocks.join('\n\n');
}

/**
 * What every campaign email (as opposed to one a person asked for) carries: one-click
 * unsubscribe (RFC 8058) in its headers, and a way to stop at its foot, in the supporter's
 * language (give it the unsubscribe address in that language too: `unsubscribeUrl`).
 */
export function campaignEmailParts(unsubscribeUrl: string, locale: Locale = 'en') {
  const t = messages(locale).join.emails;
  return {
    headers: unsubscribeHeaders(unsubscribeUrl),
    footer: (
      <p style={{ fontSize: '14px', color: '#4a4a55' }}>
        {t.campaignFooter} <a href={unsubscribeUrl}>{t.stop}</a>
      </p>
    ),
  };
}
