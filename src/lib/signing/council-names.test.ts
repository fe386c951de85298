import { describe, expect, it } from 'vitest';
import { councilNameIn, councilPageIn } from './council-names.ts';

const cardiff = {
  name: 'Cardiff Council',
  welshName: 'Cyngor Caerdydd',
  slug: 'cardiff',
  welshSlug: 'caerdydd',
};
const kent = { name: 'Kent County Council', welshName: null, slug: 'kent', welshSlug: null };

describe.each([
  ['en', cardiff, 'Cardiff Council', { path: '/councils/cardiff', english: false }],
  ['cy', cardiff, 'Cyngor Caerdydd', { path: '/cy/cynghorau/caerdydd', english: false }],
  ['en', kent, 'Kent County Council', { path: '/councils/kent', english: false }],
  ['cy', kent, 'Kent County Council', { path: '/councils/kent', english: true }],
] as const)('in %s, %o', (locale, council, name, page) => {
  it(`is named ${name}`, () => expect(councilNameIn(locale, council)).toBe(name));
  it(`has its page at ${page.path}`, () => expect(councilPageIn(locale, council)).toEqual(page));
});
