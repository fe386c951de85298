import { expect, expectStatusErrors, test } from './fixtures.ts';

/**
 * One page of each kind. A new kind of page (say /progress) is one more line here, and is then
 * checked at every width.
 */
const PAGES: readonly { kind: string; path: string; status?: number }[] = [
  { kind: 'home', path: '/' },
  { kind: 'story', path: '/stories/aisha-school-gates' },
  { kind: 'stories', path: '/stories' },
  { kind: 'charter', path: '/charter' },
  { kind: 'councils', path: '/councils' },
  { kind: 'councils by self-assessment', path: '/councils?layer=progress' },
  { kind: 'progress', path: '/progress' },
  { kind: 'council that has signed', path: '/councils/oldham' },
  { kind: 'certificate', path: '/councils/oldham/certificate' },
  { kind: 'council that has not signed', path: '/councils/rutland' },
  { kind: 'lobby', path: '/lobby' },
  { kind: 'join', path: '/join' },
  { kind: 'sign', path: '/sign' },
  { kind: 'get help', path: '/get-help' },
  { kind: 'cover your tracks', path: '/get-help/cover-your-tracks' },
  { kind: 'news post', path: '/news/2013-09-first-anniversary' },
  { kind: 'open data', path: '/data' },
  { kind: 'donate', path: '/donate' },
  { kind: 'privacy', path: '/privacy' },
  { kind: 'count for partner sites', path: '/embed/count' },
  { kind: 'council for partner sites', path: '/embed/councils/kent' },
  { kind: 'missing page', path: '/no-such-page', status: 404 },
];

// axe runs on these pages in the crawl and the journeys; here only their layout is measured.
test.use({ axeOnGoto: false });

/** A phone, a small laptop and a common desktop window. */
const WIDTHS = [375, 1024, 1280];

/**
 * Text placed over other text on purpose, and nothing else: the skip link waits off screen until
 * it is focused, visually hidden text is clipped to nothing, and the quick-exit bar stays on screen
 * over whatever the reader scrolls under it.
 */
const POSITIONED_ON_PURPOSE = '.visually-hidden, .skip-link, .quick-exit';

/** Two boxes may touch, or share a pixel where glyphs round; more than this is text on text. */
const TOLERANCE_PX = 2;

/** Where a run of text (or a list number) lies on the screen, and which element holds it. */
interface TextBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The element's place in document order. */
  owner: number;
  words: string;
}

/**
 * The boxes the browser laid out the page's visible text in (a Range over each text node), clipped
 * to any scrolling or hidden-overflow box they sit in. The numbers of ordered lists are text too,
 * though no text node holds them: each is measured where the browser puts an outside marker,
 * ending where its item begins. Runs in the page.
 */
function textBoxes(ignore: string): TextBox[] {
  const clips = new Map<Element, DOMRect[]>();
  /** The boxes of the element and its ancestors that cut off what overflows them. */
  function clipsOf(element: Element): DOMRect[] {
    const known = clips.get(element);
    if (known) return known;
    const inherited = element.parentElement ? clipsOf(element.parentElement) : [];
    const style = getComputedStyle(element);
    const own =
      style.overflowX !== 'visible' || style.overflowY !== 'visible'
        ? [...inherited, element.getBoundingClientRect()]
        : inherited;
    clips.set(element, own);
    return own;
  }
  const elements = new Map([...document.body.querySelectorAll('*')].map((e, i) => [e, i]));
  const boxes: TextBox[] = [];
  function add(rect: Omit<TextBox, 'owner' | 'words'>, owner: Element, words: string) {
    let { left, right, top, bottom } = rect;
    for (const clip of clipsOf(owner)) {
      [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
      [top, bottom] = [Math.max(top, clip.top), Math.min(bottom, clip.bottom)];
    }
    if (right - left < 1 || bottom - top < 1) return;
    boxes.push({ left, right, top, bottom, owner: elements.get(owner)!, words });
  }
  // An element with no box of its own (an SVG <title>, a hidden SVG group) shows nothing, though
  // a Range over its text still reports where that text would go.
  const shown = (element: Element) =>
    !element.closest(ignore) &&
    element.getClientRects().length > 0 &&
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true });

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || !node.textContent?.trim() || !shown(owner)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) add(rect, owner, node.textContent.trim());
  }

  const measure = document.createElement('canvas').getContext('2d')!;
  for (const item of document.querySelectorAll('ol > li')) {
    const style = getComputedStyle(item);
    if (style.display !== 'list-item' || style.listStylePosition !== 'outside') continue;
    if (style.listStyleType !== 'decimal' || !shown(item)) continue;
    const list = item.parentElement as HTMLOListElement;
    const marker = `${list.start + [...list.children].indexOf(item)}. `;
    measure.font = style.font;
    const firstLine = item.getClientRects()[0];
    const text = range(item).getClientRects()[0];
    if (!firstLine || !text) continue;
    const { left } = firstLine;
    add(
      {
        left: left - measure.measureText(marker).width,
        right: left,
        top: text.top,
        bottom: text.bottom,
      },
      item,
      marker.trim(),
    );
  }
  function range(element: Element): Range {
    const whole = document.createRange();
    whole.selectNodeContents(element);
    return whole;
  }
  return boxes;
}

/** Each pair of boxes from different elements that share more than `tolerance` px each way. */
function overlapping(boxes: TextBox[], tolerance: number): string[] {
  const found: string[] = [];
  const byTop = boxes.toSorted((a, b) => a.top - b.top);
  for (const [i, a] of byTop.entries()) {
    for (const b of byTop.slice(i + 1)) {
      if (b.top >= a.bottom - tolerance) break;
      if (a.owner === b.owner) continue;
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > tolerance && down > tolerance) {
        found.push(
          `"${a.words.slice(0, 40)}" and "${b.words.slice(0, 40)}" share ${Math.round(across)}×${Math.round(down)} px at (${Math.round(a.left)}, ${Math.round(a.top)})`,
        );
      }
    }
  }
  return found;
}

for (const { kind, path, status = 200 } of PAGES) {
  test(`no text lies over other text on the ${kind} page at ${WIDTHS.join(', ')} px`, async ({
    page,
    consoleErrors,
  }, testInfo) => {
    // Opened once: changing the width lays the same page out again.
    expect((await page.goto(path))!.status()).toBe(status);
    if (status !== 200) expectStatusErrors(consoleErrors, status);
    // A line break in a template reads as a space: "Hammond , Director", "Signed ." (the same
    // words at every width, so read once).
    const text = await page.locator('body').innerText();
    expect
      .soft(text.match(/\S+ [,.;:](?=\s|$)/gm) ?? [], `a space before punctuation on ${path}`)
      .toEqual([]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const overlaps = overlapping(
        await page.evaluate(textBoxes, POSITIONED_ON_PURPOSE),
        TOLERANCE_PX,
      );
      await testInfo.attach(`${kind} at ${width} px`, {
        body: await page.screenshot({ fullPage: true, type: 'jpeg', quality: 70 }),
        contentType: 'image/jpeg',
      });
      expect.soft(overlaps, `text over text on ${path} at ${width} px`).toEqual([]);
    }
  });
}
