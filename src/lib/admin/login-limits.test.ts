import { describe, expect, it } from 'vitest';
import { createLoginLimits } from './login-limits.ts';

const OWNER = '192.0.2.1';
const STRANGER = '203.0.113.9';

describe('login limits', () => {
  it('count failed logins, not the ones that succeed', () => {
    const limits = createLoginLimits({ perAddress: 10, perAccount: 3 });
    for (let login = 0; login < 20; login += 1) {
      expect(limits.allows('sam@campaign.example', OWNER)).toBe(true);
    }
    for (let wrong = 0; wrong < 3; wrong += 1) limits.failed('sam@campaign.example', OWNER);
    expect(limits.allows('SAM@campaign.example', OWNER)).toBe(false);
  });

  it('let a stranger’s wrong guesses hold up only the stranger, never the owner', () => {
    const limits = createLoginLimits({ perAddress: 100, perAccount: 10 });
    for (let guess = 0; guess < 10; guess += 1) limits.failed('sam@campaign.example', STRANGER);
    expect(limits.allows('sam@campaign.example', STRANGER)).toBe(false);
    expect(limits.allows('sam@campaign.example', OWNER)).toBe(true);
  });

  it('stop one address guessing across many accounts, and forget after 15 minutes', () => {
    let time = 0;
    const limits = createLoginLimits({ perAddress: 10, perAccount: 10, now: () => time });
    for (let n = 0; n < 10; n += 1) limits.failed(`person${n}@campaign.example`, STRANGER);
    expect(limits.allows('someone-else@campaign.example', STRANGER)).toBe(false);
    time = 15 * 60_000;
    expect(limits.allows('someone-else@campaign.example', STRANGER)).toBe(true);
  });
});
