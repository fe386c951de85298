import { accountActions } from './admin/accounts.ts';
import { mailingActions } from './admin/mailings.ts';
import { moderationActions } from './admin/moderation.ts';
import { pauseActions } from './admin/pauses.ts';
import { signInActions } from './admin/sign-in.ts';
import { signingActions } from './admin/signings.ts';
import { supporterCountActions } from './admin/supporter-counts.ts';
import { councillorImports } from './councillor-imports.ts';
import { councilRecords } from './council-records.ts';
import { councils } from './councils.ts';
import { donations } from './donations.ts';
import { lobby } from './lobby.ts';
import { news } from './news.ts';
import { pledges } from './pledges.ts';
import { signing } from './signing.ts';
import { targets } from './targets.ts';

export const server = {
  ...signInActions,
  ...accountActions,
  ...signingActions,
  ...moderationActions,
  ...pauseActions,
  ...mailingActions,
  ...supporterCountActions,
  ...councillorImports,
  ...councilRecords,
  ...councils,
  ...donations,
  ...lobby,
  ...news,
  ...pledges,
  ...signing,
  ...targets,
};
