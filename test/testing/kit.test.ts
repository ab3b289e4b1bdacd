/**
 * strata/testing as a user's suite meets it: generated scenarios run on the model, the invariants
 * hold, a false property is caught with a script that reproduces it, and a run shows what it
 * exercised. (The same lines on a real engine: test/conformance/kit.test.ts; the packed package in a
 * fresh project: test/testing/consumer.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_VERBS, type Scenario, coverageLabels, invariants, runModel, scenario, toDockerScript } from '../../src/testing/index.js';
import { table } from '../../src/index.js';

const options = { containers: 3, images: 2, maxCommands: 25 } as const;

describe('scenario and runModel', () => {
  it('every state a scenario reaches obeys the invariants, and most commands are accepted', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(scenario(options), (s) => {
        const run = runModel(s);
        accepted += run.accepted;
        refused += run.refused;
        return invariants.check(run.state).length === 0;
      }),
      { numRuns: 60 },
    );
    // "several hundred accepted over 60 runs": a generator whose commands were all refused would test nothing
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(0);
  });

  it('a false property fails, and its counterexample script has the command that reaches the state', () => {
    const neverPaused = (s: Scenario): boolean => [...table.values(runModel(s).state.containers)].every((c) => !c.state.paused);
    const out = fc.check(fc.property(scenario(options), neverPaused), { numRuns: 200 });
    expect(out.failed).toBe(true);
    const [counterexample] = out.counterexample!;
    const script = toDockerScript(counterexample);
    expect(script).toMatch(/^docker pause /m);
    expect(script.split('\n')).toContain('docker import "$BASE_TAR" base:1');
    // shrunk: a run, a pause, and little else
    expect(counterexample.commands.length).toBeLessThanOrEqual(3);
  });

  it('runs are deterministic, and print what the generation run printed', () => {
    fc.assert(
      fc.property(scenario(options), (s) => {
        const a = runModel(s);
        const b = runModel(s);
        expect(b.steps).toEqual(a.steps);
        expect(a.steps.map((x) => x.line)).toEqual(s.commands.map((c) => c.line));
        expect(s.toString()).toBe(s.commands.map((c) => c.line).join('\n'));
      }),
      { numRuns: 20 },
    );
  });

  it('stays within its bounds at every command', () => {
    fc.assert(
      fc.property(scenario({ containers: 2, images: 1, maxCommands: 30 }), (s) => {
        for (let n = 1; n <= s.commands.length; n++) {
          const { state } = runModel({ ...s, commands: s.commands.slice(0, n) });
          expect(state.containers.size).toBeLessThanOrEqual(2);
          expect(state.images.size).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('over a default-sized run every verb is accepted somewhere and refused somewhere, and every status is reached', () => {
    const labels = new Set<string>();
    fc.assert(
      fc.property(scenario(options), (s) => {
        for (const l of coverageLabels(runModel(s))) labels.add(l);
      }),
      { numRuns: 100 },
    );
    const missing = [
      ...SCENARIO_VERBS.map((v) => `accepted: ${v}`),
      ...['start', 'stop', 'kill', 'pause', 'unpause', 'rm', 'exec', 'commit', 'rmi', 'wait'].map((v) => `refused: ${v}`),
      ...['created', 'running', 'paused', 'exited'].map((st) => `status: ${st}`),
    ].filter((l) => !labels.has(l));
    expect(missing).toEqual([]);
  });

  it('only draws the verbs it is given', () => {
    fc.assert(
      fc.property(scenario({ ...options, verbs: ['run', 'pause', 'ps'] }), (s) => {
        expect(s.commands.every((c) => ['run', 'pause', 'ps'].includes(c.verb))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses options it cannot honour, by name', () => {
    expect(() => scenario({ verbs: ['pull' as never] })).toThrow(/unknown verb "pull"/);
    expect(() => scenario({ verbs: [] })).toThrow(/`verbs` is empty/);
    expect(() => scenario({ containers: -1 })).toThrow(/containers must be a whole number/);
    expect(() => scenario({ prefix: 'Bad Prefix' })).toThrow(/prefix "Bad Prefix"/);
  });

  it('a prefix scopes names, tags, listings and prunes', () => {
    fc.assert(
      fc.property(scenario({ ...options, prefix: 'k7' }), (s) => {
        for (const c of s.commands) {
          if (c.verb === 'ps') expect(c.argv).toContain('name=^/k7');
          if (c.verb === 'container prune' || c.verb === 'image prune') expect(c.argv).toContain('label=strata.scenario=k7');
          if (c.verb === 'create' || c.verb === 'run') expect(c.argv[c.argv.indexOf('--name') + 1]).toMatch(/^k7c\d+$/);
        }
      }),
      { numRuns: 20 },
    );
  });
});
