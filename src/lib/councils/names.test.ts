import { describe, expect, it } from 'vitest';
import { councilLinkHtml, councilName, councilPath, inPlace } from './names.ts';

const cardiff = {
  slug: 'cardiff',
  shortName: 'Cardiff',
  welshShortName: 'Caerdydd',
  welshSlug: 'caerdydd',
};
const gwynedd = {
  slug: 'gwynedd',
  shortName: 'Gwynedd',
  welshShortName: 'Gwynedd',
  welshSlug: 'gwynedd',
};
const kent = { slug: 'kent', shortName: 'Kent', welshShortName: null, welshSlug: null };

describe('a council named in each language', () => {
  it('is named and linked in Welsh on Welsh pages when it is in Wales', () => {
    expect(councilName(cardiff, 'cy')).toBe('Caerdydd');
    expect(councilPath(cardiff, 'cy')).toBe('/cy/cynghorau/caerdydd');
    expect(councilLinkHtml(cardiff, 'cy')).toBe(
      '<a href="/cy/cynghorau/caerdydd">Caerdydd</a> <span class="meta" lang="en-GB">Cardiff</span>',
    );
    expect(councilLinkHtml(gwynedd, 'cy')).toBe('<a href="/cy/cynghorau/gwynedd">Gwynedd</a>');
  });

  it('keeps an English council its English name and page, marked as English', () => {
    expect(councilName(kent, 'cy')).toBe('Kent');
    expect(councilLinkHtml(kent, 'cy')).toBe(
      '<a href="/councils/kent" hreflang="en-GB" lang="en-GB">Kent</a>',
    );
  });

  it('is in English on English pages', () => {
    expect(councilName(cardiff, 'en')).toBe('Cardiff');
    expect(councilLinkHtml(cardiff, 'en')).toBe('<a href="/councils/cardiff">Cardiff</a>');
  });
});

describe('"in" a place', () => {
  it.each([
    ['Caerdydd', 'yng Nghaerdydd'],
    ['Powys', 'ym Mhowys'],
    ['Tor-faen', 'yn Nhor-faen'],
    ['Gwynedd', 'yng Ngwynedd'],
    ['Bro Morgannwg', 'ym Mro Morgannwg'],
    ['Blaenau Gwent', 'ym Mlaenau Gwent'],
    ['Merthyr Tudful', 'ym Merthyr Tudful'],
    ['Abertawe', 'yn Abertawe'],
    ['Sir Benfro', 'yn Sir Benfro'],
    ['Wrecsam', 'yn Wrecsam'],
    ['Rhondda Cynon Taf', 'yn Rhondda Cynon Taf'],
  ])('%s in Welsh is "%s"', (name, expected) => {
    expect(inPlace(name, 'cy')).toBe(expected);
  });

  it('leaves an English name as it is, and says "in" in English', () => {
    expect(inPlace('Kent', 'cy', false)).toBe('yn Kent');
    expect(inPlace('Cardiff', 'en')).toBe('in Cardiff');
  });
});
