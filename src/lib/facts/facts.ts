import { z } from 'zod';
import factsData from '../../content/facts/facts.json' with { type: 'json' };
import quotationsData from '../../content/facts/quotations.json' with { type: 'json' };
import sourcesData from '../../content/facts/sources.json' with { type: 'json' };

/**
 * The campaign's published figures and the words of the people it quotes, each with its source.
 * The data lives in `src/content/facts/` (one file each for sources, facts and quotations); the
 * content collections and this module read the same files with the same schemas, so pages, the
 * /sources page and emails can never state a figure two ways.
 */

/** How /sources groups the facts, in this order. */
export const FACT_TOPICS = {
  'how-many': 'How many children run away',
  harm: 'What happens to children while they are away',
  help: 'Who knows, and who helps',
  campaign: "The campaign's own totals",
} as const;

export type FactTopic = keyof typeof FACT_TOPICS;

/** A published document a figure or a quotation comes from. */
export const SourceSchema = z.object({
  /** Its title, or what it is where we do not hold its exact title. */
  title: z.string().trim().min(10),
  publisher: z.string().trim().min(3),
  /**
   * The day it was published, or only the month where that is all the source gives. Left out
   * where the source gives no date at all: never a date we made up.
   */
  published: z.union([z.iso.date(), z.string().regex(/^\d{4}-\d{2}$/)]).optional(),
  /** Where to read it. Left out where we know of no copy online. */
  url: z.url({ protocol: /^https$/ }).optional(),
});

export type Source = z.infer<typeof SourceSchema>;

export const FactSchema = z.object({
  /** The figure as pages show it, in words a sentence can carry: "100,000", "one in six". */
  figure: z.string().trim().min(2),
  /** The whole claim the figure supports, as one sentence in our words. */
  claim: z.string().trim().min(20),
  topic: z.enum(Object.keys(FACT_TOPICS) as [FactTopic, ...FactTopic[]]),
  /** The key of its source in sources.json. */
  source: z.string(),
  /**
   * What the figure measures, where another figure on the same subject measures something else
   * (a quarter harmed or abused while missing; one in twelve hurt as a direct result of running
   * away). A page that shows both shows this note too.
   */
  note: z.string().trim().min(20).optional(),
  /** The other figure, by its id, that this note sets this one apart from. */
  differsFrom: z.string().optional(),
});

export type Fact = z.infer<typeof FactSchema>;

export const QuotationSchema = z.object({
  /** Their words exactly as the source gives them, a paragraph each. */
  words: z.array(z.string().trim().min(10)).min(1),
  speaker: z.string().trim().min(2),
  /** Who they are, in the source's words where it gives them. */
  role: z.string().trim().min(5),
  /** The key of its source in sources.json. */
  source: z.string(),
  /** The council whose page shows the quotation, by its slug. */
  council: z.string().optional(),
});

export type Quotation = z.infer<typeof QuotationSchema>;

export type FactId = keyof typeof factsData;
export type QuotationId = keyof typeof quotationsData;

const knownSource = (key: string) => Object.hasOwn(sourcesData, key);
const withKnownSource = <T extends z.ZodType<{ source: string }>>(schema: T) =>
  z.record(
    z.string().regex(/^[a-z0-9-]+$/, 'keys are lower case words joined by hyphens'),
    schema.refine((entry) => knownSource(entry.source), 'names a source not in sources.json'),
  );

/** Parsed once: a malformed file fails the build, not a page. */
export const SOURCES: Readonly<Record<string, Source>> = z
  .record(z.string(), SourceSchema)
  .parse(sourcesData);
export const FACTS = withKnownSource(
  FactSchema.refine(
    (fact) => fact.differsFrom === undefined || Object.hasOwn(factsData, fact.differsFrom),
    'differsFrom names a fact not in facts.json',
  ).refine(
    (fact) => !fact.differsFrom || fact.note,
    'a fact that differs from another needs a note',
  ),
).parse(factsData) as Readonly<Record<FactId, Fact>>;
export const QUOTATIONS = withKnownSource(QuotationSchema).parse(quotationsData) as Readonly<
  Record<QuotationId, Quotation>
>;

const isFactId = (id: string): id is FactId => Object.hasOwn(FACTS, id);
const isQuotationId = (id: string): id is QuotationId => Object.hasOwn(QUOTATIONS, id);

/**
 * A fact by its id. An unknown id is a mistake in the content: it throws, failing the build of a
 * page made in advance; the facts test (number-lint.test.ts) finds it first in Markdown and JSON.
 */
export function factById(id: string): Fact & { id: FactId } {
  if (!isFactId(id)) throw new Error(`There is no fact "${id}" in src/content/facts/facts.json`);
  return { id, ...FACTS[id] };
}

/** A quotation by its id; an unknown id throws, as for facts. */
export function quotationById(id: string): Quotation & { id: QuotationId } {
  if (!isQuotationId(id)) {
    throw new Error(`There is no quotation "${id}" in src/content/facts/quotations.json`);
  }
  return { id, ...QUOTATIONS[id] };
}

/** The source a fact or a quotation names (parsing made sure it exists). */
export function sourceOf(entry: { source: string }): Source {
  return SOURCES[entry.source]!;
}

/** The quotations a council's page shows. */
export function quotationsForCouncil(slug: string): (Quotation & { id: QuotationId })[] {
  return (Object.keys(QUOTATIONS) as QuotationId[])
    .filter((id) => QUOTATIONS[id].council === slug)
    .map((id) => ({ id, ...QUOTATIONS[id] }));
}
