import { describe, expect, it } from 'vitest';
import { childNamed, childrenNamed, childText, readXml, type XmlElement } from './xml.ts';

function root(document: string): XmlElement {
  const reading = readXml(document);
  if (!reading.ok) throw new Error(`unreadable: ${reading.reason}`);
  return reading.root;
}

describe('readXml', () => {
  it('reads elements and their text, skipping the declaration, comments and attributes', () => {
    const list = root(
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<!-- made by hand -->\n' +
        '<list kind="wards" note=\'a > b\'><item>One</item><item id="2">Two</item><empty/></list>',
    );
    expect(list.name).toBe('list');
    expect(childrenNamed(list, 'item').map((item) => item.text)).toEqual(['One', 'Two']);
    expect(childNamed(list, 'empty')).toEqual({ name: 'empty', children: [], text: '' });
  });

  it.each([
    ['Barking &amp; Dagenham', 'Barking & Dagenham'],
    ['O&apos;Neill &quot;Jo&quot;', 'O\'Neill "Jo"'],
    ['&lt;b&gt;', '<b>'],
    ['Ynys M&#244;n', 'Ynys Môn'],
    ['Ynys M&#xF4;n', 'Ynys Môn'],
    ['&amp;quot;Tangmeer&amp;quot;', '&quot;Tangmeer&quot;'],
  ])('decodes %j as %j', (raw, text) => {
    expect(root(`<a>${raw}</a>`).text).toBe(text);
  });

  it('keeps CDATA as it is', () => {
    expect(root('<a><![CDATA[x < y & z]]></a>').text).toBe('x < y & z');
  });

  it('compares names without prefix or letter case', () => {
    const document = root('<s:Envelope><s:Body>yes</s:Body></s:Envelope>');
    expect(childText(document, 'body')).toBe('yes');
  });

  it('makes runs of whitespace one space in childText', () => {
    expect(childText(root('<a><b>\n   Maidstone\n   Central  </b></a>'), 'b')).toBe(
      'Maidstone Central',
    );
    expect(childText(root('<a/>'), 'missing')).toBe('');
  });

  it.each([
    ['', 'it has no elements'],
    ['just text', 'there is text outside the root element'],
    ['<a><b></a></b>', 'a closing tag does not match its opening tag near character 6'],
    ['<a><b>', 'the element <b> is never closed'],
    ['<a/><b/>', 'it has more than one root element'],
    ['<a>Tom & Jerry</a>', 'it has a bare “&” or an unknown entity'],
    ['<a>&nbsp;</a>', 'it has a bare “&” or an unknown entity'],
    ['<a>&#0;</a>', 'it has a bare “&” or an unknown entity'],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'it defines its own entities'],
    ['<a><!-- never closed </a>', 'a comment is never closed'],
    ['<a b=c></a>', 'the tag <a> is malformed'],
    ['<a>< b</a>', 'a “<” does not start a tag near character 3'],
  ])('refuses %j: %s', (document, reason) => {
    expect(readXml(document)).toEqual({ ok: false, reason });
  });

  it('refuses nesting deeper than any feed goes', () => {
    const deep = `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`;
    expect(readXml(deep)).toEqual({ ok: false, reason: 'its elements are nested too deeply' });
  });
});
