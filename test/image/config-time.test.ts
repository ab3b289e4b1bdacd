/** goTimeJson's shortcut for times already in Go's RFC 3339 form gives what Go's parse and format give. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goTimeJson, goTimeJsonParsed } from '../../src/image/config.js';

const digits = (n: number, max = 9): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Times in the canonical shape, valid or not (month 13, day 31 of a short month, hour 24, second 60). */
const canonical = fc
  .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), fc.option(fc.tuple(fc.integer({ min: 0, max: 8 }).chain((n) => digits(n)), fc.integer({ min: 1, max: 9 }))))
  .map(([y, mo, d, h, mi, s, frac]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac ? `.${frac[0]}${frac[1]}` : ''}Z`);

/** Other spellings: offsets, trailing zeros, long fractions, lowercase, garbage. */
const other = fc.oneof(
  fc.constantFrom('2026-11-29T12:00:00.500Z', '2026-11-29T12:00:00+00:00', '2026-11-29T12:00:00-00:00', '2026-11-29T12:00:00.1234567891Z', '2026-11-29t12:00:00z', '0001-01-01T00:00:00Z', '', 'x'),
  fc.string(),
);

describe('goTimeJson', () => {
  it('agrees with Go’s parse and format on canonical times, valid or not, and on other spellings', () => {
    fc.assert(fc.property(fc.oneof(canonical, other), (s) => {
      expect(goTimeJson(s)).toBe(goTimeJsonParsed(s));
    }), { numRuns: 3000 });
  });
  it('the canonical shape takes the shortcut: its own text', () => {
    expect(goTimeJson('2026-11-29T12:00:00.5Z')).toBe('2026-11-29T12:00:00.5Z');
    expect(goTimeJson('2026-11-29T12:00:00.500Z')).toBe('2026-11-29T12:00:00.5Z');
    expect(goTimeJson('2026-11-29T12:00:00+00:00')).toBe('2026-11-29T12:00:00Z');
  });
});
