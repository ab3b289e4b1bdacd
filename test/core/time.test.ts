/** The docker CLI's size texts (go-units), as observed on the engine. */
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { humanSize, isoUtc } from '../../src/core/time.js';

describe('humanSize', () => {
  it('gives image and layer sizes three significant digits (docker images: 1.98MB)', () => {
    expect(humanSize(1_982_359)).toBe('1.98MB');
    expect(humanSize(5)).toBe('5B');
    expect(humanSize(0)).toBe('0B');
  });

  it('gives the space a prune reclaims four (observed: "Total reclaimed space: 1.982MB" for the busybox layer)', () => {
    expect(humanSize(1_982_359, 4)).toBe('1.982MB');
    expect(humanSize(2048, 4)).toBe('2.048kB');
    expect(humanSize(1_000_000, 4)).toBe('1MB');
  });
});

describe('isoUtc', () => {
  // Date.prototype.toISOString is the reference: isoUtc must equal it wherever a Date is a time
  it('equals toISOString at the ends of the years 0 to 9999, around the epoch and at leap days', () => {
    for (const ms of [
      -62167219200000, -62167219200001, 253402300799999, 253402300800000, 0, -1, 1, 951782400000 /* 2000-02-29 */,
      4107542400000 /* 2100-03-01 */, -2203891200000 /* 1900-02-28 */, 1796000000123, 8.64e15, -8.64e15,
    ]) {
      expect(isoUtc(ms), String(ms)).toBe(new Date(ms).toISOString());
    }
    expect(() => isoUtc(8.64e15 + 1)).toThrow(RangeError);
    expect(() => isoUtc(Number.NaN)).toThrow(RangeError);
  });

  fcTest.prop([fc.integer({ min: -8.64e15, max: 8.64e15 })], { numRuns: 2000 })('equals toISOString for any time a Date holds', (ms) => {
    expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
  });

  fcTest.prop([fc.integer({ min: -62167219200000, max: 253402300799999 })], { numRuns: 2000 })('equals toISOString for any time of the years 0 to 9999 (its arithmetic)', (ms) => {
    expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
  });
});
