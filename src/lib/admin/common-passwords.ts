import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** How many of the most common passwords are refused. */
const REFUSED = 10_000;

let common: Set<string> | undefined;

/**
 * Whether a password is one of the 10,000 most common, in any letter case: the ones a guesser
 * tries first. The list is zxcvbn-ts's (from npm), ranked by how often each password appears in
 * leaked sets; it is read once, when a password is first checked, so that nothing else pays for it.
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(
    (
      JSON.parse(
        readFileSync(
          createRequire(import.meta.url).resolve('@zxcvbn-ts/language-common/src/passwords.json'),
          'utf8',
        ),
      ) as string[]
    )
      .slice(0, REFUSED)
      .map((entry) => entry.toLowerCase()),
  );
  return common.has(password.toLowerCase());
}
