import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CHARTER_STEPS } from './lib/charter/steps.ts';
import { DATE_PRECISIONS } from './lib/format.ts';
import { REGIONS } from './lib/councils/regions.ts';
import { FactSchema, QuotationSchema, SourceSchema } from './lib/facts/facts.ts';
import { STORY_THEMES } from './lib/stories/themes.ts';
import { TranslationRecordSchema } from './lib/i18n/translations.ts';

const summary = z.string().trim().min(40).max(300);

/**
 * Stories are composite and anonymised: a changed first name, an age, a region and never a
 * smaller place. A story cannot be published without a content note shown before it and a record
 * of the consent it rests on, so both are required here and the build fails without them.
 */
const stories = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/stories' }),
  schema: ({ image }) =>
    z.object({
      title: z.string().trim().min(5).max(90),
      /** Never the young person's real name. */
      firstName: z.string().trim().min(2).max(30),
      ageAtTheTime: z.number().int().min(8).max(18),
      region: z.enum(REGIONS),
      themes: z.array(z.enum(STORY_THEMES)).min(1),
      contentNote: z
        .string({ error: 'every story needs a content note, shown before the story' })
        .trim()
        .min(20, 'a content note must say what the story contains'),
      consent: z.object(
        {
          /** Who agreed to the story being told: the young people it draws on, and carers. */
          who: z.string().trim().min(10),
          /** When consent was last confirmed. */
          when: z.coerce.date(),
          /** How it was given and recorded, and how it can be withdrawn. */
          how: z.string().trim().min(10),
        },
        { error: 'every story needs a consent record: who, when and how' },
      ),
      summary,
      featured: z.boolean().default(false),
      /** An illustration, never a photograph of a child. Alt text is required. */
      image: z
        .object({ src: image(), alt: z.string().trim().min(5, 'images need alt text') })
        .optional(),
      relatedResources: z.array(reference('resources')).default([]),
    }),
});

const news = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/news' }),
  schema: z.object({
    title: z.string().trim().min(5).max(100),
    date: z.coerce.date(),
    author: z.string().trim().min(3),
    tags: z.array(z.string().trim().min(2)).min(1),
    summary,
  }),
});

const resources = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/resources' }),
  schema: z.object({
    title: z.string().trim().min(5).max(100),
    /** Who the resource is for, in a few words: "Councils and safeguarding partnerships". */
    audience: z.string().trim().min(5),
    published: z.coerce.date(),
    summary,
    /** The planning guide shows the shared checklist (src/lib/charter/checklist.ts) after its text. */
    showsChecklist: z.boolean().default(false),
  }),
});

const charterSteps = defineCollection({
  loader: file('src/content/charter-steps.json'),
  schema: z.object({
    id: z.enum(CHARTER_STEPS),
    order: z.number().int().min(1).max(4),
    title: z.string().trim().min(5),
    /** The step in one line, in our own plain words (not a quotation). */
    inBrief: z.string().trim().min(10),
    /** What the step asks of a council, one commitment per item. */
    asks: z.array(z.string().trim().min(10)).min(2),
    whyItMatters: z.string().trim().min(40),
  }),
});

/**
 * The campaign's milestones for /timeline, each from a source a reader can check, dated no more
 * precisely than the source does. Signings recorded in the database are added to them there.
 */
const milestones = defineCollection({
  loader: file('src/content/milestones.json'),
  schema: z.object({
    date: z.iso.date(),
    precision: z.enum(DATE_PRECISIONS),
    title: z.string().trim().min(5).max(100),
    summary: z.string().trim().min(40).max(400),
    /** Where it is recorded, from the same list of sources as every figure (/sources). */
    source: reference('sources'),
  }),
});

/**
 * The campaign's published figures, the documents they come from and the words of the people it
 * quotes (src/content/facts/). The /sources page lists them from these collections; pages and
 * emails take them from src/lib/facts/facts.ts, which reads the same files with the same schemas.
 */
const sources = defineCollection({
  loader: file('src/content/facts/sources.json'),
  schema: SourceSchema,
});

const facts = defineCollection({
  loader: file('src/content/facts/facts.json'),
  schema: FactSchema.extend({ source: reference('sources') }),
});

const quotations = defineCollection({
  loader: file('src/content/facts/quotations.json'),
  schema: QuotationSchema.extend({ source: reference('sources') }),
});

/**
 * Stories in Welsh: each the Welsh of one English story, with only its words (title, summary,
 * content note, image alt text, body). The facts of a story (age, region, themes, consent, the
 * image itself) are the English entry's, so the two can never disagree.
 */
const storiesCy = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/cy/stories' }),
  schema: z.object({
    translationOf: reference('stories'),
    translation: TranslationRecordSchema,
    title: z.string().trim().min(5).max(90),
    contentNote: z.string().trim().min(20),
    summary,
    /** The Welsh of the English entry's image alt text, when it has an image. */
    imageAlt: z.string().trim().min(5).optional(),
  }),
});

/**
 * The charter's four steps in Welsh, each linked to the English step it translates, with a record
 * of who translated it and whether a fluent speaker has reviewed it. A figure keeps its source:
 * `{fact:id|Welsh words for the figure}` (src/lib/facts/render.ts).
 */
const charterStepsCy = defineCollection({
  loader: file('src/content/cy/charter-steps.json'),
  schema: z.object({
    id: z.enum(CHARTER_STEPS),
    translationOf: reference('charterSteps'),
    translation: TranslationRecordSchema,
    title: z.string().trim().min(5),
    inBrief: z.string().trim().min(10),
    asks: z.array(z.string().trim().min(10)).min(2),
    whyItMatters: z.string().trim().min(40),
  }),
});

export const collections = {
  stories,
  news,
  resources,
  charterSteps,
  sources,
  facts,
  quotations,
  milestones,
  storiesCy,
  charterStepsCy,
};
