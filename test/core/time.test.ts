/** The docker CLI's size texts (go-units), as observed on the engine. */
import { describe, expect, it } from 'vitest';
import { humanSize } from '../../src/core/time.js';

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
