import { describe, expect, it } from 'vitest';
import { isTokenShaped, openLink, statusForLink } from './emailed-link.ts';

describe('isTokenShaped', () => {
  it.each([
    ['abcdefghij', true],
    ['a'.repeat(100), true],
    ['abc-DEF_123', true],
    ['abcdefghi', false],
    ['a'.repeat(101), false],
    ['abcdefghij!', false],
    ['', false],
  ])('%s: %s', (token, shaped) => {
    expect(isTokenShaped(token)).toBe(shaped);
  });
});

describe('openLink', () => {
  it('asks only about tokens that could be ours', () => {
    const opened: string[] = [];
    const open = (token: string) => (opened.push(token), { kind: 'pending' as const });
    expect(openLink('short', open)).toEqual({ kind: 'invalid' });
    expect(openLink('abcdefghijkl', open)).toEqual({ kind: 'pending' });
    expect(opened).toEqual(['abcdefghijkl']);
  });
});

describe('statusForLink', () => {
  it.each([
    ['invalid', 404],
    ['expired', 410],
    ['pending', 200],
  ])('%s answers %d', (kind, status) => {
    expect(statusForLink(kind)).toBe(status);
  });
});
