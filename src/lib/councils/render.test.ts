import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { listCouncils } from './queries.ts';
import { councilRowsHtml, statusHtml } from './render.ts';

const councils = listCouncils(openSeededDatabase());
const kent = councils.find((c) => c.slug === 'kent')!;

describe('council markup', () => {
  it('escapes names, so a council record can never inject markup', () => {
    const evil = { ...councils[0]!, shortName: '<script>alert(1)</script> & "x"' };
    const html = councilRowsHtml([evil], new Map());
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).not.toContain('<script>');
  });

  it('gives each row its self-assessment in the words the map uses', () => {
    expect(councilRowsHtml([kent], new Map())).toContain('<td>No self-assessment</td>');
    const shares = new Map([[kent.id, { inPlace: 4, actions: 16 }]]);
    expect(councilRowsHtml([kent], shares)).toContain('<td>25% of actions in place (4 of 16)</td>');
  });

  it('shows status by symbol as well as words', () => {
    expect(statusHtml('signed')).toContain('✔');
    expect(statusHtml('not_signed')).toContain('Not signed');
  });
});
