// strconv and fmt as Go 1.19 prints: exact halves round to even, IsPrint decides what Quote escapes.
import { describe, expect, it } from 'vitest';
import { humanSize } from '../../src/core/time.js';
import { sprintf } from '../../src/go/fmt.js';
import { goFloat } from '../../src/go/reflect.js';
import { formatFloat, goQuote, goQuoteRune } from '../../src/go/strconv.js';
import { isPrint } from '../../src/go/unicode.js';

describe('strconv.FormatFloat with a precision', () => {
  // exact halves round to even, as Go does (toFixed and toPrecision round them up); %f writes every
  // digit; %g chooses between %e and %f as Go does
  const cases: readonly (readonly [number, 'e' | 'f' | 'g', number, string])[] = [
    [0.25, 'f', 1, '0.2'],
    [2.5, 'f', 0, '2'],
    [0.5, 'f', 0, '0'],
    [1.125, 'g', 3, '1.12'],
    [1.375, 'e', 2, '1.38e+00'],
    [1.005, 'f', 2, '1.00'], // not a half in binary: 1.00499999999999989…
    [1e21, 'f', 0, '1000000000000000000000'],
    [1000, 'g', 3, '1e+03'],
    [100, 'g', 3, '100'],
    [0.0001234, 'g', 2, '0.00012'],
    [0.00001234, 'g', 2, '1.2e-05'],
    [0, 'g', 3, '0'],
    [-0, 'f', 1, '-0.0'],
    [Number.NaN, 'f', 1, 'NaN'],
    [-Infinity, 'e', 1, '-Inf'],
  ];
  it.each(cases)('%d as %s with precision %d is %s', (value, fmt, prec, expected) => {
    expect(formatFloat(value, fmt, prec)).toBe(expected);
  });

  it('is what fmt prints and go-units sizes with', () => {
    expect(sprintf('%.1f|%5.2e|%G', [goFloat(0.25), goFloat(12345), goFloat(1e-7)])).toBe('0.2|1.23e+04|1E-07');
    expect(humanSize(1125)).toBe('1.12kB');
    expect(humanSize(10625, 4)).toBe('10.62kB');
    // the float64 quotient is what is rounded: 23.955 is 23.95499999999999829…
    expect(humanSize(23955, 4)).toBe('23.95kB');
  });
});

describe('Quote and QuoteRune', () => {
  it('escape what unicode.IsPrint refuses', () => {
    expect(goQuote('a\u00a0b\u00ad\u0378\ufeff é')).toBe('"a\\u00a0b\\u00ad\\u0378\\ufeff é"');
    expect(goQuote('\x07\x7f\u0085"\\')).toBe('"\\a\\x7f\\u0085\\"\\\\"');
    expect(goQuote('😀\u{10ffff}')).toBe('"😀\\U0010ffff"');
  });

  it('quote a rune in single quotes, an invalid one as U+FFFD (fmt %q of an integer)', () => {
    expect(goQuoteRune(39)).toBe("'\\''");
    expect(goQuoteRune(34)).toBe(`'"'`);
    expect(goQuoteRune(0xd800)).toBe("'�'");
    expect(sprintf('%q %q %q', [39, -1, 0x110000])).toBe("'\\'' '�' '�'");
  });
});

describe('IsPrint', () => {
  // unicode.IsPrint: L, M, N, P, S and the ASCII space. isPrint asks the complement (not C, not Z);
  // the seven major categories partition the code points, so the two agree on every one of them.
  it('is the categories L, M, N, P, S and the ASCII space, for every code point', () => {
    const direct = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
    const differ: number[] = [];
    for (let r = 0; r <= 0x10ffff; r++) {
      const expected = r < 0xd800 || r >= 0xe000 ? direct.test(String.fromCodePoint(r)) : false;
      if (isPrint(r) !== expected) differ.push(r);
    }
    expect(differ).toEqual([]);
  });

  it('keeps the ellipsis ps ends a long command with, and escapes a no-break space and a soft hyphen', () => {
    expect(goQuote('sh -c \'echo 1; echo…')).toBe('"sh -c \'echo 1; echo…"');
    expect(goQuote('a\u00a0b\u00adc\u200bd')).toBe('"a\\u00a0b\\u00adc\\u200bd"');
    expect([isPrint(0x20), isPrint(0x7f), isPrint(0x110000), isPrint(0xd800)]).toEqual([true, false, false, false]);
  });
});
