import { councils } from './councils.ts';
import { lobby } from './lobby.ts';
import { pledges } from './pledges.ts';

export const server = { ...councils, ...lobby, ...pledges };
