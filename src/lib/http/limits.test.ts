import { describe, expect, it } from 'vitest';
import { readEnv } from '../env.ts';
import { addressLimit, LIMITS, limitValue } from './limits.ts';

describe('LIMITS', () => {
  it('reads a number from its setting, where campaigners may change it', () => {
    const env = { ...readEnv(), PLEDGES_PER_IP_PER_HOUR: 2 };
    expect(limitValue('pledges', env)).toBe(2);
    const allow = addressLimit('pledges', env);
    expect([allow('192.0.2.1'), allow('192.0.2.1'), allow('192.0.2.1')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('says what a shared limit was reached on', () => {
    expect(LIMITS.councilEmails.message('signing requests')).toBe(
      'We have sent several emails for signing requests from your connection in the last hour. Please try again later; what you typed is still here.',
    );
    expect(LIMITS.loginsByAddress.message()).toBe(
      'Too many tries. Wait fifteen minutes, then try again.',
    );
  });
});
