import { councils } from './councils.ts';
import { pledges } from './pledges.ts';

export const server = { ...councils, ...pledges };
