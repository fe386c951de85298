import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_NAME } from '../../config.ts';

export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

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
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | string };
}
const el = (type: string, style: Node['props']['style'], children: Node['props']['children']) => ({
  type,
  props: { style, children },
});

export interface OgImageText {
  /** A word or two above the title: "Story", "News". */
  kicker: string;
  title: string;
}

/**
 * Draws a 1200×630 PNG link preview in the campaign's colours: kicker, title and site name.
 * Long titles shrink to fit rather than being cut off.
 */
export async function renderOgImage({ kicker, title }: OgImageText): Promise<Buffer> {
  const titleSize = title.length > 70 ? 56 : title.length > 40 ? 68 : 80;
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: '#5a1f6e',
      color: '#ffffff',
      fontFamily: 'Atkinson Hyperlegible',
      borderBottom: '24px solid #ffdd00',
    },
    [
      el('div', { fontSize: 34, fontWeight: 700, color: '#ffdd00', textTransform: 'uppercase' }, [
        kicker,
      ]),
      el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, [title]),
      el('div', { fontSize: 36 }, [SITE_NAME]),
    ],
  );
  // satori's types ask for a ReactNode; the plain-object tree is what JSX would have produced.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: OG_IMAGE_WIDTH,
    height: OG_IMAGE_HEIGHT,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE_WIDTH } }).render().asPng();
}
