import { formatDate, formatKnownDate } from '../format.ts';
import { escapeHtml } from '../html.ts';
import type { Locale } from '../i18n/locales.ts';
import { factById, quotationById, sourceOf, type Source } from './facts.ts';

/**
 * How facts and quotations appear on the site, as HTML, built here once for every way content
 * names them: `<Fact>` and `<Quotation>` in pages, and placeholders in Markdown and in the
 * charter's JSON, `{fact:id}` (the figure), `{note:id}` (what the figure measures, where another
 * figure differs) and `{quote:id}` (a paragraph of its own: the quotation).
 */
export const PLACEHOLDER = /\{(fact|note|quote):([a-z0-9-]+)\}/g;

/** Where /sources lists a quotation (facts are listed under their own ids). */
export const quotationAnchor = (id: string) => `quotation-${id}`;

/** "19 September 2013", "September 2013" where only the month is given, or that there is none. */
export function publishedOn({ published }: Source): string {
  if (!published) return 'no date given';
  return published.length === 7
    ? formatKnownDate(`${published}-01`, 'month')
    : formatDate(published);
}

/** The link after a figure, in each language; /sources is in English, and a Welsh link says so. */
const SOURCE_LINK = {
  en: { text: 'source', label: (figure: string) => `Source for ${figure}`, hreflang: '' },
  cy: {
    text: 'ffynhonnell',
    label: (figure: string) => `Ffynhonnell ${figure} (yn Saesneg)`,
    hreflang: ' hreflang="en-GB"',
  },
} as const;

/**
 * The figure, then a small link to its entry on /sources, where the source itself is linked: a
 * link within the site, so it reads the same with or without JavaScript and fetches nothing from
 * elsewhere. The link says "source"; its accessible name says which figure it is for. A no-break
 * space keeps it on the line of the figure it belongs to. A page in another language gives the
 * figure in its own words (`words`: "chwarter (tua 25,000)").
 */
export function factHtml(id: string, locale: Locale = 'en', words?: string): string {
  const fact = factById(id);
  const figure = escapeHtml(words ?? fact.figure);
  const link = SOURCE_LINK[locale];
  return `${figure}&#160;<sup class="fact-source"><a href="/sources#${fact.id}"${link.hreflang} aria-label="${link.label(figure)}">${link.text}</a></sup>`;
}

/** What a figure measures, as plain text, for pages that show it beside a figure it differs from. */
export function noteText(id: string): string {
  const { note } = factById(id);
  if (!note) throw new Error(`The fact "${id}" has no note to show`);
  return note;
}

/**
 * A quotation: the words in a blockquote, and beneath them who said them, in what role, and where,
 * with a link to its entry on /sources.
 */
export function quotationHtml(id: string): string {
  const quotation = quotationById(id);
  const source = sourceOf(quotation);
  const words = quotation.words.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
  return (
    `<figure class="quotation"><blockquote>${words}</blockquote>` +
    `<figcaption><span class="quotation__speaker">${escapeHtml(quotation.speaker)}</span>, ` +
    `${escapeHtml(quotation.role)}. <span class="quotation__source">From ` +
    `<cite><a href="/sources#${quotationAnchor(quotation.id)}">${escapeHtml(source.title)}</a></cite>, ` +
    `${escapeHtml(source.publisher)}, ${publishedOn(source)}.</span></figcaption></figure>`
  );
}

/**
 * HTML with its placeholders resolved. Markdown is resolved here when a page renders, not by a
 * Markdown plugin: Astro keeps rendered Markdown between builds, keyed by each file's own text,
 * so a figure changed in facts.json would not reach a post rendered earlier.
 */
export function resolveFacts(html: string): string {
  return html
    .replace(/<p>\{quote:([a-z0-9-]+)\}<\/p>/g, (_, id: string) => quotationHtml(id))
    .replace(PLACEHOLDER, (placeholder, kind: string, id: string) => {
      if (kind === 'fact') return factHtml(id);
      if (kind === 'note') return escapeHtml(noteText(id));
      throw new Error(`${placeholder} must be a paragraph of its own`);
    });
}

/** Plain text (the charter's steps, say) as HTML, with its placeholders resolved. */
export function textWithFactsHtml(text: string): string {
  return resolveFacts(escapeHtml(text));
}
