import { admin } from './admin.ts';
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
  ...admin,
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
