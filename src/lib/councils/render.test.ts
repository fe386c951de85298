import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { councilMapLayout } from './map.ts';
import { listCouncils } from './queries.ts';
import { councilRowsHtml, mapHexagonsHtml, statusHtml } from './render.ts';

const councils = listCouncils(openSeededDatabase());

describe('council markup', () => {
  it('escapes names, so a council record can never inject markup', () => {
    const evil = { ...councils[0]!, shortName: '<script>alert(1)</script> & "x"' };
    const html = councilRowsHtml([evil]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).not.toContain('<script>');
  });

  it('draws one link per council, each named with its status', () => {
    const layout = councilMapLayout(
      councils.map((c) => ({ id: c.slug, latitude: c.latitude, longitude: c.longitude })),
    );
    const html = mapHexagonsHtml(layout, new Map(councils.map((c) => [c.slug, c])), 3);
    expect(html.match(/<a /g)).toHaveLength(175);
    expect(html).toContain('aria-label="Kent: Signed"');
    expect(html.match(/class="hex__tick"/g)).toHaveLength(32);
  });

  it('shows status by symbol as well as words', () => {
    expect(statusHtml('signed')).toContain('✔');
    expect(statusHtml('not_signed')).toContain('Not signed');
  });
});
