import { describe, expect, it } from 'vitest';
import { CommentFormSchema } from './news/comments.ts';
import { personName, singleLine } from './form-fields.ts';

/**
 * A name that reads "Claim your prize at evil.com" on screen while holding other characters, or
 * hides words from a moderator behind zero-width spaces, must arrive as the plain letters it shows.
 */
const TRICKS: [string, string][] = [
  ['bidi override', 'Sam \u202emoc.live\u202c Lee'],
  ['bidi isolate', 'Sam \u2066Lee\u2069'],
  ['zero-width space', 'Sa\u200bm Lee'],
  ['zero-width joiner and non-joiner', 'S\u200dam\u200c Lee'],
  ['left-to-right mark', '\u200eSam Lee\u200f'],
  ['byte order mark', '\ufeffSam Lee'],
];

describe('one-line fields and names', () => {
  const line = singleLine('Enter your name', 100, 'Too long');
  const name = personName('name');
  it.each(TRICKS)('strip a %s', (_trick, typed) => {
    expect(line.parse(typed)).toMatch(/^Sam (moc\.live )?Lee$/);
    expect(name.safeParse(typed.replace('moc.live', 'Moc')).data).toMatch(/^Sam (Moc )?Lee$/);
  });

  it('strip them from a commenter’s name as from their comment', () => {
    expect(CommentFormSchema.shape.name.parse('\u2067Sam\u200b Lee')).toBe('Sam Lee');
  });
});
