import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACTS, QUOTATIONS, type FactId } from './facts.ts';
import { PLACEHOLDER } from './render.ts';

/**
 * Every figure the site states comes from src/content/facts/facts.json, with a link to its source.
 * This finds copy that states one any other way: a count of children, councils, supporters or
 * people, a proportion ("one in six", "a quarter", "two thirds", a percentage) or a rate ("every
 * five minutes"), in digits or in words, in content files and in the text of pages and components.
 * Figures named by placeholder (`{fact:id}`) or by `<Fact id="…" />` are sourced, so they are taken
 * out first; anything else must be on the allow-list below with the reason it is not a claim.
 */

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|' +
  'fifty|hundred|thousand|million';
/** 7,000, 7000+, 2.5 or a number in words; not the comma or full stop after it. */
const NUMBER = `(?:\\d+(?:[,.]\\d+)*\\+?|${NUMBER_WORDS})`;

const PATTERNS = [
  // 3,000 children, thousands of children, 32 local authorities, over 7,000 supporters.
  `\\b(?:${NUMBER}|(?:hundreds|thousands|millions|dozens)\\s+of)(?:\\s+(?:the|our|their))?` +
    '(?:\\s+(?:young|local))?\\s+(?:children|councils|supporters|people|runaways|authorities)\\b',
  // One in six, one council in four, 1 in 20.
  `\\b(?:one|two|three|\\d+)\\s+(?:[a-z]+\\s+)?in\\s+(?:${NUMBER_WORDS}|\\d+)\\b`,
  // A quarter, three quarters, two thirds, half of them, 25%, 25 per cent.
  '\\b(?:a|one|three)\\s+quarters?\\b|\\b(?:one|two)[\\s-]thirds?\\b|\\bhalf\\s+of\\b|' +
    `${NUMBER}\\s*(?:%|per\\s*cent)`,
  // Every five minutes.
  `\\bevery\\s+${NUMBER}\\s+(?:seconds|minutes|hours)\\b`,
].map((pattern) => new RegExp(pattern, 'gi'));

export interface Finding {
  /** The file, relative to the project. */
  file: string;
  line: number;
  /** The words found, or what is wrong. */
  text: string;
}

/** Copy that states a number but is not a claim, each with the reason. */
export const NOT_CLAIMS: readonly { file: string; text: string; why: string }[] = [
  {
    file: 'src/pages/accessibility.astro',
    text: '400%',
    why: 'the zoom level WCAG asks a page to work at, not a figure about runaways',
  },
  {
    file: 'src/content/stories/rhys-shed.md',
    text: 'two young people',
    why: 'the consent record: how many people the composite story draws on',
  },
];

/** Replaces a span with spaces (newlines kept), so the lines of what is left still count true. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The words a reader sees in an .astro file: no front matter, styles, scripts or comments. Tags,
 * attributes and expressions stay: a number written in a `description` or a string is copy too.
 */
function astroCopy(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, blank)
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, blank);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The facts, notes and quotations a file names, by placeholder or by `<Fact>`, and where. */
function namedFacts(text: string): { kind: string; id: string; index: number }[] {
  const named = [...text.matchAll(PLACEHOLDER)].map((m) => ({
    kind: m[1]!,
    id: m[2]!,
    index: m.index,
  }));
  for (const m of text.matchAll(/<Fact\s+id="([^"]*)"/g)) {
    named.push({ kind: 'fact', id: m[1]!, index: m.index });
  }
  return named;
}

/**
 * What is wrong with a placeholder, if anything. A page rendered on request (a news post) would
 * otherwise find out from its first reader.
 */
function namingProblem(kind: string, id: string): string | undefined {
  if (kind === 'quote') {
    return Object.hasOwn(QUOTATIONS, id)
      ? undefined
      : `names a quotation "${id}" that does not exist`;
  }
  if (!Object.hasOwn(FACTS, id)) return `names a fact "${id}" that does not exist`;
  if (kind === 'note' && !FACTS[id as FactId].note)
    return `asks for the note of "${id}", which has none`;
  return undefined;
}

/** Figures in one file's text that do not come from the facts, and facts named wrongly. */
export function unsourcedFigures(file: string, text: string): Finding[] {
  const copy = file.endsWith('.astro') ? astroCopy(text) : text;
  const findings: Finding[] = [];
  const named = namedFacts(copy);
  for (const { kind, id, index } of named) {
    const problem = namingProblem(kind, id);
    if (problem) findings.push({ file, line: lineOf(copy, index), text: problem });
  }
  const ids = new Set(named.filter(({ kind }) => kind === 'fact').map(({ id }) => id));
  const notes = new Set(named.filter(({ kind }) => kind === 'note').map(({ id }) => id));
  for (const id of ids) {
    const other = FACTS[id as FactId]?.differsFrom;
    if (other && ids.has(other) && id < other && !notes.has(id) && !notes.has(other)) {
      findings.push({
        file,
        line: 1,
        text: `shows ${id} and ${other}, which measure different things, without {note:${id}} or {note:${other}}`,
      });
    }
  }
  const stripped = copy.replace(PLACEHOLDER, blank).replace(/<Fact\s[^>]*\/>/g, blank);
  for (const pattern of PATTERNS) {
    for (const match of stripped.matchAll(pattern)) {
      findings.push({
        file,
        line: lineOf(stripped, match.index),
        text: match[0].replace(/\s+/g, ' '),
      });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** The content files and the pages and components whose copy readers see. */
export function copyFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return [
    ...walk('src/content').filter(
      (file) => /\.(md|json)$/.test(file) && !file.startsWith('src/content/facts/'),
    ),
    ...walk('src/pages').filter((file) => file.endsWith('.astro')),
    ...walk('src/components').filter((file) => file.endsWith('.astro')),
  ].sort();
}

/** Whether the allow-list says a finding is not a claim. */
export const isNotAClaim = (finding: Finding) =>
  NOT_CLAIMS.some(
    ({ file, text }) => file === finding.file && text.toLowerCase() === finding.text.toLowerCase(),
  );

/** Every unsourced figure in the given files (relative to `root`), less those that are not claims. */
export function findUnsourcedFigures(root: string, files: readonly string[]): Finding[] {
  return files
    .flatMap((file) => unsourcedFigures(file, readFileSync(join(root, file), 'utf8')))
    .filter((finding) => !isNotAClaim(finding));
}
