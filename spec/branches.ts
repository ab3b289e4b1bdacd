/**
 * A property that branches on what was drawn shows that each branch ran: it tallies the branch every
 * case took and, after all its runs, fails naming any branch no case reached (a generator that stopped
 * reaching one would otherwise leave that part of the property silently unchecked).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { type ScenarioOptions, type StepCommand, scenario, seedArb } from './arbitraries.js';

export class Branches<K extends string> {
  private readonly counts = new Map<K, number>();

  constructor(names: readonly K[]) {
    for (const n of names) this.counts.set(n, 0);
  }

  hit(name: K): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  expectEach(): void {
    const missed = [...this.counts].filter(([, n]) => n === 0).map(([k]) => k);
    expect(missed, `branches no case reached (cases per branch: ${JSON.stringify(Object.fromEntries(this.counts))})`).toEqual([]);
  }
}

/**
 * A property over generated scenarios that branches on what was drawn: `body` reports each case's
 * branch with `hit`, and the test fails after its runs if a named branch was never reached. `options`
 * draws other scenarios (steps the default ones leave out, say).
 */
export function scenarioProperty<K extends string>(
  name: string,
  numRuns: number,
  branches: readonly K[],
  body: (hit: (branch: K) => void, cmds: Iterable<StepCommand>, seed: number) => Promise<void>,
  options?: ScenarioOptions,
): void {
  test(name, async () => {
    const b = new Branches(branches);
    await fc.assert(fc.asyncProperty(scenario(options), seedArb, (cmds, seed) => body((k) => b.hit(k), cmds, seed)), { numRuns });
    b.expectEach();
  });
}
