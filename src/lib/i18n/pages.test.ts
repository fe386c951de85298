import { describe, expect, it } from 'vitest';
import { counterpartOf, hasWelsh, localisedPath, WELSH_PAGES } from './pages.ts';

describe('Welsh pages', () => {
  it('pairs each page both ways', () => {
    expect(counterpartOf('/charter')).toBe('/cy/siarter');
    expect(counterpartOf('/cy/siarter')).toBe('/charter');
    expect(counterpartOf('/cy')).toBe('/');
    expect(counterpartOf('/')).toBe('/cy');
    expect(counterpartOf('/news')).toBeUndefined();
  });

  it('gives no two English pages the same Welsh address', () => {
    const welsh = Object.values(WELSH_PAGES);
    expect(new Set(welsh).size).toBe(welsh.length);
  });

  it('keeps a query and fragment when it localises a path', () => {
    expect(localisedPath('/sign/check-inbox?council=cardiff', 'cy')).toBe(
      '/cy/llofnodi/gwirio-eich-ebost?council=cardiff',
    );
    expect(localisedPath('/join#pledge', 'cy')).toBe('/cy/ymuno#pledge');
    expect(localisedPath('/news', 'cy')).toBe('/news');
    expect(localisedPath('/join', 'en')).toBe('/join');
    expect(hasWelsh('/news')).toBe(false);
    expect(hasWelsh('/privacy')).toBe(true);
  });
});
