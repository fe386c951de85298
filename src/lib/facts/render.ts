import { formatDate, formatKnownDate } from '../format.ts';
import { escapeHtml } from '../html.ts';
import { messages } from '../i18n/catalogue.ts';
import { LANGUAGE_TAG, type Locale } from '../i18n/locales.ts';
import { factById, quotationById, sourceOf, type Source } from './facts.ts';

/**
 * How facts and quotations appear on the site, as HTML, built here once for every way content
 * names them: `<Fact>` and `<Quotation>` in pages, and placeholders in Markdown and in the
 * charter's JSON, `{fact:id}` (the figure), `{note:id}` (what the figure measures, where another
 * figure differs) and `{quote:id}` (a paragraph of its own: the quotation). The facts are worded
 * in English; Welsh text words the figure itself after a bar, `{fact:id|tua dwy ran o dair}`, and
 * keeps the fact's source link.
 */
export const PLACEHOLDER = /\{(fact|note|quote):([a-z0-9-]+)(?:\|([^{}|]+))?\}/g;

/** Where /sources lists a quotation (facts are listed under their own ids). */
export const quotationAnchor = (id: string) => `quotation-${id}`;

/** "19 September 2013", "September 2013" where only the month is given, or that there is none. */
export function publishedOn({ published }: Source): string {
  if (!published) return 'no date given';
  return published.length === 7
    ? formatKnownDate(`${published}-01`, 'month')
    : formatDate(published);
}

/**
 * The figure, then a small link to its entry on /sources, where the source itself is linked: a
 * link within the site, so it reads the same with or without JavaScript and fetches nothing from
 * elsewhere. The link says "source"; its accessible name says which figure it is for. A no-break
 * space keeps it on the line of the figure it belongs to. A page in another language gives the
 * figure in its own words (`wording`: "chwarter (tua 25,000)").
 */
export function factHtml(id: string, locale: Locale = 'en', wording?: string): string {
  const fact = factById(id);
  const figure = figureIn(locale, fact.figure, wording);
  const t = messages(locale);
  // /sources is in English only: a Welsh page says so, in the link's name and its hreflang.
  const label = [t.charter.factSourceFor(figure), t.site.footer.inEnglish]
    .filter(Boolean)
    .join(' ');
  const hreflang = locale === 'en' ? '' : ` hreflang="${LANGUAGE_TAG.en}"`;
  return `${escapeHtml(figure)}&#160;<sup class="fact-source"><a href="/sources#${fact.id}"${hreflang} aria-label="${escapeHtml(label)}">${t.charter.factSource}</a></sup>`;
}

/**
 * The figure in the page's language: its own words in English; in another language the words the
 * text gives, or the figure as it is when it is only digits ("32", "100,000"). Anything else would
 * put English words in a Welsh sentence, so it fails the page's build or test instead.
 */
function figureIn(locale: Locale, figure: string, wording: string | undefined): string {
  if (locale === 'en' || wording) return wording ?? figure;
  if (/^[\d,.+]+$/.test(figure)) return figure;
  throw new Error(`The figure "${figure}" needs its ${locale} wording: {fact:id|…}`);
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
export function resolveFacts(html: string, locale: Locale = 'en'): string {
  return html
    .replace(/<p>\{quote:([a-z0-9-]+)\}<\/p>/g, (_, id: string) => quotationHtml(id))
    .replace(PLACEHOLDER, (placeholder, kind: string, id: string, wording?: string) => {
      if (kind === 'fact') return factHtml(id, locale, wording);
      if (kind === 'note') return escapeHtml(noteText(id));
      throw new Error(`${placeholder} must be a paragraph of its own`);
    });
}

/** Plain text (the charter's steps, say) as HTML, with its placeholders resolved. */
export function textWithFactsHtml(text: string, locale: Locale = 'en'): string {
  return resolveFacts(escapeHtml(text), locale);
}
