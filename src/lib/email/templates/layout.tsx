import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { HELPLINES, SITE_NAME } from '../../../config.ts';
import { unsubscribeHeaders } from '../../mailings/personalise.ts';

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

/** The frame every email shares: the campaign name, the message, and the helplines. */
function EmailLayout({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body style={BODY}>
        <div style={CARD}>
          <p style={{ margin: '0 0 16px', fontWeight: 700, color: '#5a1f6e' }}>{SITE_NAME}</p>
          {children}
          <hr style={{ border: 0, borderTop: '1px solid #8a8a95', margin: '24px 0' }} />
          <p style={{ fontSize: '14px', color: '#4a4a55' }}>
            Need help now? {HELPLINES.map((h) => `${h.name}: ${h.number}`).join(' · ')}
          </p>
          {footer}
        </div>
      </body>
    </html>
  );
}

/** Renders an email's HTML, with the doctype email clients expect. */
export function renderEmailHtml(title: string, body: ReactNode, footer?: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(
    <EmailLayout title={title} footer={footer}>
      {body}
    </EmailLayout>,
  )}`;
}

/** The plain-text part's shared ending. */
export const TEXT_FOOTER = `\n\n--\nNeed help now? ${HELPLINES.map((h) => `${h.name}: ${h.number}`).join(' · ')}\n`;

/**
 * What every campaign email (as opposed to one a person asked for) carries: one-click
 * unsubscribe (RFC 8058) in its headers, and a way to stop in its HTML and text.
 */
export function campaignEmailParts(unsubscribeUrl: string) {
  const why = 'You asked for campaign emails when you pledged.';
  return {
    headers: unsubscribeHeaders(unsubscribeUrl),
    htmlFooter: (
      <p style={{ fontSize: '14px', color: '#4a4a55' }}>
        {why} <a href={unsubscribeUrl}>Stop campaign emails</a>
      </p>
    ),
    textFooter: `${TEXT_FOOTER}${why} Stop them: ${unsubscribeUrl}\n`,
  };
}
