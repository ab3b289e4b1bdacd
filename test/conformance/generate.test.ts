/**
 * The generator's shapes of sequences (src/conformance/generate.ts), without an engine: what it
 * draws, not what the engine answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequenceArb, withUnpauses } from '../../src/conformance/generate.js';
import type { Step } from '../../src/conformance/generate.js';

const ps: Step = { verb: 'ps', all: true };

describe('withUnpauses: a pause and, n steps after it, an unpause of the same pick', () => {
  it('puts the unpause after n more steps, and at the end when the sequence ends first', () => {
    const pause: Step = { verb: 'pause', target: 4 };
    expect(withUnpauses([[pause, 1], [ps, 0], [ps, 0]])).toEqual([pause, ps, { verb: 'unpause', target: 4 }, ps]);
    expect(withUnpauses([[pause, 3], [ps, 0]])).toEqual([pause, ps, { verb: 'unpause', target: 4 }]);
    expect(withUnpauses([[pause, 0], [ps, 0]])).toEqual([pause, ps]);
    expect(withUnpauses([[ps, 2], [ps, 1]])).toEqual([ps, ps]);
  });

  it('makes unpauses that follow a pause of the same pick common in drawn sequences', () => {
    const seqs = fc.sample(sequenceArb(20), { numRuns: 300, seed: 1 });
    const paired = seqs.filter((s) => s.some((st, i) => st.verb === 'pause' && s.slice(i + 1).some((u) => u.verb === 'unpause' && u.target === st.target))).length;
    // 19 of them while a pause was drawn as rarely as an unpause
    expect(paired).toBeGreaterThan(40);
    expect(seqs.every((s) => s.length <= 20)).toBe(true);
  });
});
