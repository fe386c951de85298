/** Every area's Welsh form problems in one map, keyed by the English message. */
import type { Problems } from '../../catalogue-types.ts';
import { siteProblems } from './site.ts';
import { homeProblems } from './home.ts';
import { helpProblems } from './help.ts';
import { privacyProblems } from './privacy.ts';
import { storiesProblems } from './stories.ts';
import { councilsProblems } from './councils.ts';
import { charterProblems } from './charter.ts';
import { signingProblems } from './signing.ts';
import { joinProblems } from './join.ts';
import { lobbyProblems } from './lobby.ts';
import { mailingsProblems } from './mailings.ts';

export const AREA_PROBLEMS: readonly Problems[] = [
  siteProblems,
  homeProblems,
  helpProblems,
  privacyProblems,
  storiesProblems,
  councilsProblems,
  charterProblems,
  signingProblems,
  joinProblems,
  lobbyProblems,
  mailingsProblems,
];

export const WELSH_PROBLEMS: ReadonlyMap<string, string> = new Map(
  AREA_PROBLEMS.flatMap((area) => Object.entries(area)),
);
