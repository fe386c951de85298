import { describe, expect, it } from 'vitest';
import { FACTS, QUOTATIONS, SOURCES } from './facts.ts';
import { factHtml, publishedOn, quotationHtml, resolveFacts, textWithFactsHtml } from './render.ts';

describe('a figure on a page', () => {
  it('is followed by a small link to its entry on /sources, named for the figure', () => {
    expect(factHtml('runaways-each-year')).toBe(
      '100,000&#160;<sup class="fact-source"><a href="/sources#runaways-each-year" aria-label="Source for 100,000">source</a></sup>',
    );
  });

  it('in Welsh, is given in Welsh words, and its link says the source is in English', () => {
    expect(factHtml('harmed-while-missing', 'cy', 'chwarter (tua 25,000)')).toBe(
      'chwarter (tua 25,000)&#160;<sup class="fact-source"><a href="/sources#harmed-while-missing" hreflang="en-GB" aria-label="Ffynhonnell ar gyfer chwarter (tua 25,000) (yn Saesneg)">ffynhonnell</a></sup>',
    );
  });

  it('stops the build when content names a fact that does not exist', () => {
    expect(() => factHtml('three-thousand-children')).toThrow(
      'There is no fact "three-thousand-children" in src/content/facts/facts.json',
    );
  });
});

describe('placeholders in Markdown and in the charter', () => {
  it('become the figure with its link, or the note on what it measures', () => {
    expect(resolveFacts('<p>About {fact:runaways-each-year} children.</p>')).toBe(
      `<p>About ${factHtml('runaways-each-year')} children.</p>`,
    );
    expect(resolveFacts('<p>{note:hurt-as-a-direct-result}</p>')).toBe(
      `<p>${FACTS['hurt-as-a-direct-result'].note}</p>`,
    );
  });

  it('turn a paragraph that names a quotation into the quotation', () => {
    expect(resolveFacts('<p>Before.</p>\n<p>{quote:jade}</p>')).toBe(
      `<p>Before.</p>\n${quotationHtml('jade')}`,
    );
    expect(() => resolveFacts('<p>As Jade said, {quote:jade}</p>')).toThrow(
      '{quote:jade} must be a paragraph of its own',
    );
  });

  it('leave the text around them escaped', () => {
    expect(textWithFactsHtml('Councils <b>& {fact:return-interviews-2013}')).toBe(
      `Councils &lt;b&gt;&amp; ${factHtml('return-interviews-2013')}`,
    );
  });
});

describe('a quotation', () => {
  it('is a blockquote of the exact words, with who said them, their role and the source', () => {
    const html = quotationHtml('rob-jackson');
    expect(html).toMatch(/^<figure class="quotation"><blockquote><p>I’d like to thank Lancashire/);
    expect(html).toContain(
      '<figcaption><span class="quotation__speaker">Rob Jackson</span>, area director for the Children’s Society in Lancashire.',
    );
    expect(html).toContain(
      `<cite><a href="/sources#quotation-rob-jackson">${SOURCES['lancashire-press-release']!.title.replace("'", '&#39;')}</a></cite>, Lancashire County Council, September 2013.`,
    );
    expect(html.match(/<p>/g)).toHaveLength(QUOTATIONS['rob-jackson'].words.length);
  });
});

describe('when a source was published', () => {
  it.each([
    ['2013-09-19', '19 September 2013'],
    ['2013-09', 'September 2013'],
    [undefined, 'no date given'],
  ])('%s reads as %s', (published, words) => {
    expect(publishedOn({ title: 'A source', publisher: 'Someone', published })).toBe(words);
  });
});

describe('a figure on a Welsh page', () => {
  it('is worded in Welsh by the text and keeps its source, marked as English', () => {
    expect(
      textWithFactsHtml('dim ond {fact:return-interviews-2013|un o bob pedwar} cyngor', 'cy'),
    ).toBe(
      'dim ond un o bob pedwar&#160;<sup class="fact-source"><a href="/sources#return-interviews-2013" hreflang="en-GB" aria-label="Ffynhonnell ar gyfer un o bob pedwar (yn Saesneg)">ffynhonnell</a></sup> cyngor',
    );
  });

  it('is shown as it is when it is only digits', () => {
    expect(factHtml('first-year-councils', 'cy')).toMatch(/^32&#160;<sup/);
  });

  it('fails rather than show English words in a Welsh sentence', () => {
    expect(() => textWithFactsHtml('{fact:sleep-rough}', 'cy')).toThrow(/needs its cy wording/);
  });
});
