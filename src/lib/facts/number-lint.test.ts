import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  copyFiles,
  findUnsourcedFigures,
  isNotAClaim,
  NOT_CLAIMS,
  unsourcedFigures,
} from './number-lint.ts';

const root = resolve(import.meta.dirname, '../../..');
const FIXTURES = 'src/lib/facts/fixtures';

describe('the figures the site states', () => {
  it('all come from the facts, with their sources: no page or content file states another', () => {
    expect(findUnsourcedFigures(root, copyFiles(root))).toEqual([]);
  });

  it('are checked in content, pages and components', () => {
    const files = copyFiles(root);
    for (const file of [
      'src/content/charter-steps.json',
      'src/content/news/2013-11-return-interviews.md',
      'src/pages/index.astro',
      'src/components/councils/CouncilMap.astro',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => file.startsWith('src/content/facts/'))).toEqual([]);
  });

  it('fail the check when a content file states a figure without a source', () => {
    expect(findUnsourcedFigures(root, [`${FIXTURES}/unsourced-figure.md`])).toEqual([
      { file: `${FIXTURES}/unsourced-figure.md`, line: 5, text: '3,000 children' },
    ]);
  });

  it('pass it when the figure comes from the facts', () => {
    const file = `${FIXTURES}/sourced-figure.md`;
    expect(readFileSync(join(root, file), 'utf8')).toContain('{fact:runaways-each-year}');
    expect(findUnsourcedFigures(root, [file])).toEqual([]);
  });
});

describe('a figure stated in copy', () => {
  it.each([
    'Around 100,000 children run away.',
    'Over 7,000 supporters joined.',
    '32 local authorities signed.',
    'Thousands of children run away.',
    'More than forty councils signed.',
    'One in six sleep rough.',
    'One council in four offers them.',
    'As few as 1 in 20 ask for help.',
    'About two in three are not reported.',
    'A quarter are harmed.',
    'About two-thirds are not reported missing.',
    'Half of them are never found.',
    'Some 25% of them are harmed.',
    'A child runs away every five minutes.',
  ])('is found: %s', (sentence) => {
    expect(unsourcedFigures('news.md', sentence)).toHaveLength(1);
  });

  it.each([
    'Launched in July 2012, to 19 September 2013, councils signed.',
    'Call the Runaway Helpline on 116 000 or Childline on 0800 1111, or 999.',
    'I was fifteen. I went missing eleven times in four months.',
    'I was one of them, and one of the young people who helped.',
    '3. Councils should count children who are away.',
    'Each hexagon is one council. We reply within three working days.',
  ])('is not found where there is none: %s', (sentence) => {
    expect(unsourcedFigures('news.md', sentence)).toEqual([]);
  });

  it('is found in the words of a page, not in its code or styles', () => {
    const page = [
      '---',
      "const note = '500 children';",
      '---',
      '<p>About <Fact id="runaways-each-year" /> children, and 200 people more.</p>',
      '<style>',
      '  .box { width: 100%; }',
      '</style>',
    ].join('\n');
    expect(unsourcedFigures('src/pages/page.astro', page)).toEqual([
      { file: 'src/pages/page.astro', line: 4, text: '200 people' },
    ]);
  });

  it.each([
    ['About {fact:three-thousand} children.', 'names a fact "three-thousand" that does not exist'],
    ['{note:runaways-each-year}', 'asks for the note of "runaways-each-year", which has none'],
    ['{quote:a-made-up-child}', 'names a quotation "a-made-up-child" that does not exist'],
  ])('must name a fact, a note or a quotation that exists: %s', (text, problem) => {
    expect(unsourcedFigures('news.md', text)).toEqual([
      { file: 'news.md', line: 1, text: problem },
    ]);
  });

  it('comes with a note where another on the page measures something different', () => {
    const both = '{fact:harmed-while-missing} are harmed; {fact:hurt-as-a-direct-result} are hurt.';
    expect(unsourcedFigures('report.md', both)).toEqual([
      {
        file: 'report.md',
        line: 1,
        text: 'shows harmed-while-missing and hurt-as-a-direct-result, which measure different things, without {note:harmed-while-missing} or {note:hurt-as-a-direct-result}',
      },
    ]);
    expect(unsourcedFigures('report.md', `${both} {note:hurt-as-a-direct-result}`)).toEqual([]);
  });
});

describe('the allow-list of numbers that are not claims', () => {
  it.each(NOT_CLAIMS)('is still needed: $text in $file ($why)', ({ file, text }) => {
    const found = unsourcedFigures(file, readFileSync(join(root, file), 'utf8'));
    expect(found.filter(isNotAClaim)).toContainEqual(expect.objectContaining({ text }));
  });
});
