import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { councilOgText } from '../councils/og-image.ts';
import { listCouncils } from '../councils/queries.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { SITE_NAME } from '../../config.ts';
import {
  layOutOgImage,
  OG_IMAGE_HEIGHT,
  OG_IMAGE_WIDTH,
  OG_TEXT_AREA,
  type OgImageText,
} from './og-image.ts';
import { OG_KICKERS, SITE_OG_TEXT } from './og-image-path.ts';
import { overflowingText } from './text-fit.ts';

/** The title in a Markdown file's front matter, as the content collections read it. */
function titleOf(path: string): string {
  const line = /^title: (.+)$/m.exec(readFileSync(path, 'utf8'))![1]!;
  return line.startsWith("'") ? line.slice(1, -1).replaceAll("''", "'") : JSON.parse(line);
}
const fromContent = (kind: 'stories' | 'news') =>
  readdirSync(`src/content/${kind}`)
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({ kicker: OG_KICKERS[kind], title: titleOf(`src/content/${kind}/${file}`) }));

// The longest short names on the register, and a short one, in every status.
const councils = [
  'Bournemouth, Christchurch and Poole',
  'Bath and North East Somerset',
  'Kent',
].flatMap((shortName) =>
  (['signed', 'pledged', 'not_signed'] as const).map((status) =>
    councilOgText({ slug: 'x', shortName, status }),
  ),
);

const longTitle = 'Every council in England and Wales should count, think, act and prevent '.repeat(
  6,
);

const everyImage: OgImageText[] = [
  SITE_OG_TEXT,
  ...fromContent('stories'),
  ...fromContent('news'),
  ...councils,
  { kicker: 'News', title: longTitle },
];

describe('link-preview images', () => {
  it('cover every story and news post, each with its title', () => {
    const markdown = (kind: string) =>
      readdirSync(`src/content/${kind}`).filter((f) => f.endsWith('.md'));
    expect(fromContent('stories')).toHaveLength(markdown('stories').length);
    expect(fromContent('news')).toHaveLength(markdown('news').length);
    expect(fromContent('stories')).toContainEqual({
      kicker: 'Story',
      title: "I texted because I couldn't say it out loud",
    });
  });

  it.each(everyImage.map((image) => [image.title.slice(0, 60), image] as const))(
    'fit their text: %s',
    async (_, image) => {
      const layout = await layOutOgImage(image);
      const shown = layout.boxes.map((box) => [box.key, box.text]);
      expect(shown).toEqual([
        ['kicker', image.kicker],
        ['title', layout.title],
        ['site', SITE_NAME],
      ]);
      // Inside the padding, which lies inside the canvas, and clear of each other.
      expect(overflowingText(layout.boxes, OG_TEXT_AREA)).toEqual([]);
      for (const box of layout.boxes) {
        expect(box.left + box.width).toBeLessThanOrEqual(OG_IMAGE_WIDTH);
        expect(box.top + box.height).toBeLessThanOrEqual(OG_IMAGE_HEIGHT);
      }
      if (image.title === longTitle) {
        expect(layout.title).toMatch(/^Every council .+[a-z,]…$/);
      } else {
        expect(layout.title, 'titles that fit are never shortened').toBe(image.title);
        expect(layout.titleSize).toBeGreaterThanOrEqual(56);
      }
    },
  );

  it("fit every council's text in each status, all 175", { timeout: 60_000 }, async () => {
    const problems: string[] = [];
    for (const { slug, shortName } of listCouncils(openSeededDatabase())) {
      for (const status of ['signed', 'pledged', 'not_signed'] as const) {
        const image = councilOgText({ slug, shortName, status });
        const layout = await layOutOgImage(image);
        if (layout.title !== image.title) problems.push(`${slug} ${status}: shortened`);
        problems.push(...overflowingText(layout.boxes, OG_TEXT_AREA).map((p) => `${slug}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('are measured: a title too big for the space is reported, with what it hit', () => {
    const boxes = [
      { key: 'kicker', text: 'Story', left: 80, top: 64, width: 90, height: 42 },
      { key: 'title', text: 'Too big', left: 80, top: 100, width: 1300, height: 480 },
      { key: 'site', text: SITE_NAME, left: 80, top: 490, width: 360, height: 45 },
    ];
    expect(overflowingText(boxes, OG_TEXT_AREA)).toEqual([
      'title "Too big" goes past the right edge (1380 against 1120)',
      'title "Too big" goes past the bottom edge (580 against 542)',
      'kicker "Story" overlaps title "Too big"',
      'title "Too big" overlaps site "Make Runaways Safe"',
    ]);
  });
});
