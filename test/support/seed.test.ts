/** The run's property seed: fixed by default, STRATA_SEED overrides it, and it is what fast-check uses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, propertySeed } from './seed.js';

describe('propertySeed', () => {
  it('is the fixed default when STRATA_SEED is unset or empty', () => {
    expect(propertySeed({})).toBe(DEFAULT_SEED);
    expect(propertySeed({ STRATA_SEED: ' ' })).toBe(DEFAULT_SEED);
  });

  it('is STRATA_SEED when that is a 32-bit integer', () => {
    expect(propertySeed({ STRATA_SEED: '-1610305621' })).toBe(-1610305621);
    expect(propertySeed({ STRATA_SEED: '2147483647' })).toBe(2147483647);
    expect(propertySeed({ STRATA_SEED: '-2147483648' })).toBe(-2147483648);
  });

  it.each(['x', '1.5', '2147483648', '-2147483649', '1e99'])('refuses STRATA_SEED=%s', (text) => {
    expect(() => propertySeed({ STRATA_SEED: text })).toThrow(`STRATA_SEED=${text}: expected an integer`);
  });
});

describe('the seed in effect', () => {
  it('is the run’s seed, set for fast-check before this file was loaded', () => {
    expect(fc.readConfigureGlobal().seed).toBe(propertySeed());
  });

  it('makes fc.sample, and so every property, draw the same values each time', () => {
    const draw = (): number[] => fc.sample(fc.integer(), { numRuns: 5 });
    expect(draw()).toEqual(draw());
  });
});
