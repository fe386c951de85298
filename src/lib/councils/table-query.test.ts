import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { listCouncils } from './queries.ts';
import { applyTableQuery, parseTableQuery, tableQueryString } from './table-query.ts';

const councils = listCouncils(openSeededDatabase());
const run = (search: string) => {
  const { query, problems } = parseTableQuery(new URLSearchParams(search));
  return { rows: applyTableQuery(councils, query), problems };
};

describe('the councils table query', () => {
  it('shows all 175 by name with no query', () => {
    const { rows, problems } = run('');
    expect(rows).toHaveLength(175);
    expect(rows[0]!.shortName).toBe('Barking and Dagenham');
    expect(problems).toEqual([]);
  });

  it.each([
    ['nation=Wales', 22],
    ['status=signed', 32],
    ['region=London', 33],
    ['region=London&status=signed', 5],
    ['type=county', 21],
    ['nation=Wales&status=signed', 0],
    ['q=BARNET', 1],
    ['q=st helens', 1],
    ['q=kingston upon', 2],
  ])('%s gives %i councils', (search, count) => {
    expect(run(search).rows).toHaveLength(count);
  });

  it('sorts by date signed, earliest first, with councils that have not signed last', () => {
    const { rows } = run('sort=signed');
    expect(rows[0]!.statusSince).toBe('2013-09-19');
    expect(rows[31]!.status).toBe('signed');
    expect(rows[32]!.status).toBe('not_signed');
  });

  it('sorts in reverse', () => {
    expect(run('sort=name&dir=desc').rows[0]!.shortName).toBe('York');
  });

  it('ignores a value it does not know and says so', () => {
    const { rows, problems } = run('nation=Scotland&status=signed');
    expect(rows).toHaveLength(32);
    expect(problems).toEqual([
      '“Scotland” is not a nation we know, so the table shows every nation.',
    ]);
  });

  it('writes query strings without defaults', () => {
    expect(tableQueryString({ sort: 'name', dir: 'asc', q: '', layer: 'status' })).toBe('');
    expect(tableQueryString({ nation: 'Wales', sort: 'signed', dir: 'desc' })).toBe(
      '?nation=Wales&sort=signed&dir=desc',
    );
  });

  it('keeps the map layer beside the filters, so sorting keeps what the map shows', () => {
    const { query, problems } = parseTableQuery(
      new URLSearchParams('region=London&layer=progress'),
    );
    expect(problems).toEqual([]);
    expect(tableQueryString({ ...query, sort: 'status' })).toBe(
      '?region=London&sort=status&layer=progress',
    );
    expect(parseTableQuery(new URLSearchParams('layer=heat')).problems).toEqual([
      '“heat” is not a map we have, so the map shows who has signed.',
    ]);
  });
});
