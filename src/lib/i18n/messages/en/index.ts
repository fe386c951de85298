/** The English interface catalogue, one area per file. */
import { site } from './site.ts';
import { home } from './home.ts';
import { help } from './help.ts';
import { privacy } from './privacy.ts';
import { stories } from './stories.ts';
import { councils } from './councils.ts';
import { charter } from './charter.ts';
import { signing } from './signing.ts';
import { join } from './join.ts';
import { lobby } from './lobby.ts';
import { mailings } from './mailings.ts';

export const en = {
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
