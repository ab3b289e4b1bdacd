/** How the harness takes the engine's own nondeterminism out of a comparison (no engine needed). */
import { describe, expect, it } from 'vitest';
import { oncePerPause } from '../../src/conformance/noise.js';

describe('oncePerPause: a failed commit’s pause/unpause pair, which the engine sometimes logs twice', () => {
  it('takes a repeated pair for one, in the --format form', () => {
    const twice = 'container create a 1\ncontainer pause a 1\ncontainer unpause a 1\ncontainer pause a 1\ncontainer unpause a 1\ncontainer kill a 1\n';
    expect(oncePerPause(twice)).toBe('container create a 1\ncontainer pause a 1\ncontainer unpause a 1\ncontainer kill a 1\n');
  });

  it('and in the default form, whose lines differ only by their times', () => {
    const l = (t: string, a: string): string => `2026-11-29T11:00:00.${t}Z container ${a} abc (name=x)`;
    expect(oncePerPause([l('1', 'pause'), l('2', 'unpause'), l('3', 'pause'), l('4', 'unpause'), ''].join('\n'))).toBe([l('1', 'pause'), l('2', 'unpause'), ''].join('\n'));
  });

  it('keeps pairs of different containers, and a pair that is not repeated', () => {
    const two = 'container pause a 1\ncontainer unpause a 1\ncontainer pause b 1\ncontainer unpause b 1\n';
    expect(oncePerPause(two)).toBe(two);
    const once = 'container pause a 1\ncontainer commit a 1\ncontainer unpause a 1\n';
    expect(oncePerPause(once)).toBe(once);
  });
});
