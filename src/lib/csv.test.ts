import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, parseCsvRecords } from './csv.ts';

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a trailing newline', 'a,b\n', [['a', 'b']]],
    [
      'CRLF line ends',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['commas inside quotes', '"Bath, Somerset",x', [['Bath, Somerset', 'x']]],
    ['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['a newline inside quotes', '"two\nlines",x', [['two\nlines', 'x']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['a byte-order mark', '\uFEFFa,b', [['a', 'b']]],
  ])('reads %s', (_case, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('refuses a file that ends inside a quoted field', () => {
    expect(() => parseCsv('"open,x')).toThrow(/inside a quoted field/);
  });
});

describe('parseCsvRecords', () => {
  it('keys each row by the header', () => {
    expect(parseCsvRecords('gss_code,slug\nE10000016,kent\n')).toEqual([
      { gss_code: 'E10000016', slug: 'kent' },
    ]);
  });

  it('names the line of a row with the wrong number of fields', () => {
    expect(() => parseCsvRecords('a,b\n1,2\n3\n')).toThrow('CSV line 3 has 1 fields; expected 2');
  });
});

describe('formatCsv', () => {
  it('quotes what needs quoting and reads back the same', () => {
    const rows = [
      ['name', 'note', 'count'],
      ['Bournemouth, Christchurch and Poole', 'said "yes"\nthen signed', 3],
      ['Kent', null, 0],
    ];
    const text = formatCsv(rows);
    expect(text).toBe(
      'name,note,count\r\n"Bournemouth, Christchurch and Poole","said ""yes""\nthen signed",3\r\nKent,,0\r\n',
    );
    expect(parseCsv(text)).toEqual([
      ['name', 'note', 'count'],
      ['Bournemouth, Christchurch and Poole', 'said "yes"\nthen signed', '3'],
      ['Kent', '', '0'],
    ]);
  });

  it('stops a spreadsheet from running a field as a formula', () => {
    expect(formatCsv([['=HYPERLINK("x")', '-1', 5]])).toBe(`"'=HYPERLINK(""x"")",'-1,5\r\n`);
  });
});
