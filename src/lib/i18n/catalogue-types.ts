/**
 * A translation has every key of the English catalogue, at every depth, and nothing else: a
 * message that takes values takes the same ones. A Welsh area missing a key fails `astro check`
 * (and so `npm test`); `missingKeys` catches the same at build time (catalogue.ts).
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : Translation<T[K]>;
};

/** Welsh for English form-problem messages, keyed by the exact English. */
export type Problems = Readonly<Record<string, string>>;
