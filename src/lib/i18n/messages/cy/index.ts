/**
 * The Welsh interface catalogue: each area has every key of its English area (`Translation`), and
 * a record of who translated it and whether a fluent speaker has reviewed it.
 */
import type { Translation } from '../../catalogue-types.ts';
import type { TranslationRecord } from '../../translations.ts';
import type { en } from '../en/index.ts';
import { site, siteTranslation } from './site.ts';
import { home, homeTranslation } from './home.ts';
import { help, helpTranslation } from './help.ts';
import { privacy, privacyTranslation } from './privacy.ts';
import { stories, storiesTranslation } from './stories.ts';
import { councils, councilsTranslation } from './councils.ts';
import { charter, charterTranslation } from './charter.ts';
import { signing, signingTranslation } from './signing.ts';
import { join, joinTranslation } from './join.ts';
import { lobby, lobbyTranslation } from './lobby.ts';
import { mailings, mailingsTranslation } from './mailings.ts';

export const cy: Translation<typeof en> = {
  site,
  home,
  help,
  privacy,
  stories,
  councils,
  charter,
  signing,
  join,
  lobby,
  mailings,
};

/** Who translated each area, and who reviewed it. */
export const CATALOGUE_TRANSLATIONS: Record<keyof typeof en, TranslationRecord> = {
  site: siteTranslation,
  home: homeTranslation,
  help: helpTranslation,
  privacy: privacyTranslation,
  stories: storiesTranslation,
  councils: councilsTranslation,
  charter: charterTranslation,
  signing: signingTranslation,
  join: joinTranslation,
  lobby: lobbyTranslation,
  mailings: mailingsTranslation,
};
