/**
 * A small XML reader for data feeds such as a Modern.gov web service's answers: elements and
 * their text, nothing more. Attributes are read past but not kept, comments and processing
 * instructions are skipped, CDATA is text. A DOCTYPE with an internal subset is refused, so no
 * entity is ever defined by the document (no "billion laughs", no external entities): only the
 * five predefined entities and numeric character references are decoded.
 */

export interface XmlElement {
  /** The element's name as written, prefix and all. */
  name: string;
  children: XmlElement[];
  /** All the text directly inside the element, decoded, whitespace as it came. */
  text: string;
}

type XmlReading = { ok: true; root: XmlElement } | { ok: false; reason: string };

/** Deeper than any data feed goes; a limit keeps a hostile document from exhausting the stack. */
const MAX_DEPTH = 64;

const NAME = /[A-Za-z_][-A-Za-z0-9_.:]*/y;
// After the name: attributes (each value quoted), then the end of the tag.
const ATTRIBUTES = /(?:\s+[A-Za-z_][-A-Za-z0-9_.:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y;
const CLOSING = /<\/([A-Za-z_][-A-Za-z0-9_.:]*)\s*>/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with its entities decoded, or undefined when it has a bare `&` or an unknown entity. */
function decodeText(raw: string): string | undefined {
  let failed = false;
  const text = raw.replace(/&([^;&\s]{0,10});?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) failed = true;
    if (entity.startsWith('#')) {
      const hex = /^#x([0-9a-f]{1,6})$/i.exec(entity);
      const decimal = /^#([0-9]{1,7})$/.exec(entity);
      const point = hex ? parseInt(hex[1]!, 16) : decimal ? Number(decimal[1]) : NaN;
      const allowed =
        point === 0x9 ||
        point === 0xa ||
        point === 0xd ||
        (point >= 0x20 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff));
      if (!allowed) failed = true;
      return allowed ? String.fromCodePoint(point) : '';
    }
    const character = PREDEFINED[entity];
    if (character === undefined) failed = true;
    return character ?? '';
  });
  return failed ? undefined : text;
}

/** Where a reading has got to: its place in the text, the elements open, the root once seen. */
interface Reader {
  source: string;
  at: number;
  open: XmlElement[];
  root: XmlElement | undefined;
}

/** Why a document cannot be read, or undefined to read on. */
type Problem = string | undefined;

/** Text between tags: kept in the element it is in; outside the root, only whitespace may be. */
function readText(reader: Reader, raw: string): Problem {
  if (!raw) return undefined;
  const parent = reader.open.at(-1);
  if (!parent) return raw.trim() ? 'there is text outside the root element' : undefined;
  const text = decodeText(raw);
  if (text === undefined) return 'it has a bare “&” or an unknown entity';
  parent.text += text;
  return undefined;
}

/** Moves past the next `end`; false when there is none. */
function skipPast(reader: Reader, end: string): boolean {
  const found = reader.source.indexOf(end, reader.at);
  if (found !== -1) reader.at = found + end.length;
  return found !== -1;
}

function readCdata(reader: Reader): Problem {
  const { source, at } = reader;
  const parent = reader.open.at(-1);
  const end = source.indexOf(']]>', at);
  if (!parent || end === -1) return 'a CDATA section is out of place or never closed';
  parent.text += source.slice(at + '<![CDATA['.length, end);
  reader.at = end + 3;
  return undefined;
}

/** A DOCTYPE, before the root, and without an internal subset (so no entities of its own). */
function readDeclaration(reader: Reader): Problem {
  const { source, at } = reader;
  const end = source.indexOf('>', at);
  if (reader.root || reader.open.length > 0 || end === -1) return 'a declaration is out of place';
  if (source.slice(at, end).includes('[')) return 'it defines its own entities';
  reader.at = end + 1;
  return undefined;
}

function readClosingTag(reader: Reader): Problem {
  CLOSING.lastIndex = reader.at;
  const closing = CLOSING.exec(reader.source);
  const element = reader.open.pop();
  if (!closing || !element || closing[1] !== element.name) {
    return `a closing tag does not match its opening tag near character ${reader.at}`;
  }
  reader.at = CLOSING.lastIndex;
  return undefined;
}

/** An opening (or self-closing) tag: a new element in the one open, or the root. */
function readOpeningTag(reader: Reader): Problem {
  const { source, at, open } = reader;
  NAME.lastIndex = at + 1;
  const name = NAME.exec(source)?.[0];
  if (!name) return `a “<” does not start a tag near character ${at}`;
  ATTRIBUTES.lastIndex = at + 1 + name.length;
  const end = ATTRIBUTES.exec(source);
  if (!end) return `the tag <${name}> is malformed`;
  reader.at = ATTRIBUTES.lastIndex;
  const element: XmlElement = { name, children: [], text: '' };
  const parent = open.at(-1);
  if (parent) {
    parent.children.push(element);
  } else if (reader.root) {
    return 'it has more than one root element';
  } else {
    reader.root = element;
  }
  if (end[1] !== '/') {
    if (open.length >= MAX_DEPTH) return 'its elements are nested too deeply';
    open.push(element);
  }
  return undefined;
}

/** Whatever starts with the `<` the reader is at: a comment, CDATA, an instruction or a tag. */
function readMarkup(reader: Reader): Problem {
  const starts = (text: string) => reader.source.startsWith(text, reader.at);
  if (starts('<!--')) return skipPast(reader, '-->') ? undefined : 'a comment is never closed';
  if (starts('<![CDATA[')) return readCdata(reader);
  if (starts('<?')) {
    return skipPast(reader, '?>') ? undefined : 'a processing instruction is never closed';
  }
  if (starts('<!')) return readDeclaration(reader);
  if (starts('</')) return readClosingTag(reader);
  return readOpeningTag(reader);
}

/**
 * Reads a whole XML document into its root element. Mismatched or unclosed tags, text or a second
 * element outside the root, an unknown entity or a bare `&` make it unreadable, with the reason.
 */
export function readXml(document: string): XmlReading {
  const source = document.replace(/^\uFEFF/, '');
  const reader: Reader = { source, at: 0, open: [], root: undefined };
  const fail = (reason: string): XmlReading => ({ ok: false, reason });
  while (reader.at < source.length) {
    const next = source.indexOf('<', reader.at);
    const inText = readText(reader, source.slice(reader.at, next === -1 ? source.length : next));
    if (inText) return fail(inText);
    if (next === -1) break;
    reader.at = next;
    const inMarkup = readMarkup(reader);
    if (inMarkup) return fail(inMarkup);
  }
  const { open, root } = reader;
  if (open.length > 0) return fail(`the element <${open.at(-1)!.name}> is never closed`);
  return root ? { ok: true, root } : fail('it has no elements');
}

/** An element's name without its namespace prefix, in lower case, for comparing. */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1).toLowerCase();
}

/** The element's children with this name (compared without prefix or letter case). */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((child) => localName(child) === name) ?? [];
}

/** The first child with this name. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => localName(child) === name);
}

/** The text of the first child with this name, its runs of whitespace made one space; '' if none. */
export function childText(element: XmlElement | undefined, name: string): string {
  return (childNamed(element, name)?.text ?? '').replace(/\s+/g, ' ').trim();
}
