import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriNode } from 'satori';
import { SITE_NAME } from '../../config.ts';
import { overflowingText, type Area, type TextBox } from './text-fit.ts';

export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

const PADDING_X = 80;
const PADDING_Y = 64;
const BORDER = 24;

/** Where text may go: inside the padding, above the yellow band. */
export const OG_TEXT_AREA: Area = {
  left: PADDING_X,
  top: PADDING_Y,
  right: OG_IMAGE_WIDTH - PADDING_X,
  bottom: OG_IMAGE_HEIGHT - BORDER - PADDING_Y,
};

/**
 * Title sizes in pixels, largest first. Short titles are drawn large; the smallest still reads on
 * a phone's preview, where the image is shown about a third of its size.
 */
const TITLE_SIZES = [96, 88, 80, 72, 64, 56, 50, 44, 40] as const;

// The font ships in an npm package, so drawing images needs no network and no system fonts.
// Its package exports only CSS, so the font files are found beside its licence.
const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible/LICENSE')),
  'files',
);
let fonts: { name: string; data: Buffer; weight: 400 | 700 }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Atkinson Hyperlegible',
    data: readFileSync(join(fontDir, `atkinson-hyperlegible-latin-${weight}-normal.woff`)),
    weight,
  }));
  return fonts;
}

/** A satori element: the plain-object form of JSX, so this module needs no React. */
interface Node {
  type: string;
  key?: string;
  props: { style?: Record<string, string | number>; children?: Node[] | string };
}
// Each piece of text is an inline span in a block: satori then reports the span's box as the
// extent of the laid-out lines, which is what must fit.
const text = (key: string, style: Node['props']['style'], words: string): Node => ({
  type: 'div',
  props: {
    style: { display: 'block', ...style },
    children: [{ type: 'span', key, props: { children: words } }],
  },
});

export interface OgImageText {
  /** A word or two above the title: "Story", "News". */
  kicker: string;
  title: string;
}

function tree({ kicker, title }: OgImageText, titleSize: number): Node {
  return {
    type: 'div',
    props: {
      style: {
        width: OG_IMAGE_WIDTH,
        height: OG_IMAGE_HEIGHT,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `${PADDING_Y}px ${PADDING_X}px`,
        background: '#5a1f6e',
        color: '#ffffff',
        fontFamily: 'Atkinson Hyperlegible',
        borderBottom: `${BORDER}px solid #ffdd00`,
      },
      children: [
        text(
          'kicker',
          { fontSize: 34, fontWeight: 700, color: '#ffdd00', textTransform: 'uppercase' },
          kicker,
        ),
        text(
          'title',
          {
            fontSize: titleSize,
            fontWeight: 700,
            lineHeight: 1.15,
            margin: '20px 0',
            textWrap: 'balance',
          },
          title,
        ),
        text('site', { fontSize: 36 }, SITE_NAME),
      ],
    },
  };
}

/** An image's SVG and where satori placed each piece of text in it. */
export interface OgLayout {
  svg: string;
  /** The title as drawn: shortened, with an ellipsis, only when no size fits it whole. */
  title: string;
  titleSize: number;
  /** The kicker, title and site name as laid out (`key` names which). */
  boxes: TextBox[];
}

async function layOut(words: OgImageText, titleSize: number): Promise<OgLayout> {
  const boxes: TextBox[] = [];
  const collect = (node: SatoriNode) => {
    if (node.type === 'span' && node.textContent !== undefined) {
      const { key, left, top, width, height, textContent } = node;
      boxes.push({ key: String(key), text: textContent, left, top, width, height });
    }
  };
  // satori's types ask for a ReactNode; the plain-object tree is what JSX would have produced.
  const svg = await satori(tree(words, titleSize) as unknown as Parameters<typeof satori>[0], {
    width: OG_IMAGE_WIDTH,
    height: OG_IMAGE_HEIGHT,
    fonts: loadFonts(),
    onNodeDetected: collect,
  });
  return { svg, title: words.title, titleSize, boxes };
}

/** The last of `count` candidates to pass `test`, when those that pass all come before those that fail. */
async function lastPassing<T>(
  count: number,
  test: (index: number) => Promise<T | undefined>,
): Promise<T | undefined> {
  let [low, high, found] = [0, count - 1, undefined as T | undefined];
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const result = await test(middle);
    if (result) [found, low] = [result, middle + 1];
    else high = middle - 1;
  }
  return found;
}

const fitting = async (words: OgImageText, titleSize: number) => {
  const layout = await layOut(words, titleSize);
  return overflowingText(layout.boxes, OG_TEXT_AREA).length === 0 ? layout : undefined;
};

/**
 * Lays out an image at the largest title size whose text fits in the space between kicker and
 * site name, measured from satori's own layout. Most titles fit the largest size, tried first;
 * otherwise, as a larger title takes more room, the other sizes are searched by halves (three
 * layouts more). A title too long to fit even at the smallest size is cut at a word and ends
 * with an ellipsis.
 */
export async function layOutOgImage(words: OgImageText): Promise<OgLayout> {
  const sizes = [...TITLE_SIZES].reverse();
  const smallest = sizes[0]!;
  const whole =
    (await fitting(words, sizes.at(-1)!)) ??
    (await lastPassing(sizes.length - 1, (index) => fitting(words, sizes[index]!)));
  if (whole) return whole;
  const titleWords = words.title.split(/\s+/);
  const cut = await lastPassing(titleWords.length - 1, (index) =>
    fitting({ ...words, title: `${titleWords.slice(0, index + 1).join(' ')}…` }, smallest),
  );
  return cut ?? layOut({ ...words, title: '' }, smallest);
}

/**
 * Draws a 1200×630 PNG link preview in the campaign's colours: kicker, title and site name, the
 * title as large as fits (layOutOgImage).
 */
export async function renderOgImage(words: OgImageText): Promise<Buffer> {
  const { svg } = await layOutOgImage(words);
  // satori has already turned the text into shapes, so no font need be looked for. Drawn off the
  // main thread: pages keep being served while an image is drawn.
  return (await renderAsync(svg, { font: { loadSystemFonts: false } })).asPng();
}
