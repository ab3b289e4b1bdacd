/**
 * The comparison every conformance scenario makes: each step's masked stdout, stderr and exit code,
 * model against engine, exactly. All steps are compared and every differing step is reported (with
 * both sides in full), so one run shows every divergence.
 *
 * The only relaxation: some steps compare their stdout lines sorted, where the engine's order is not
 * defined: `diff` (the engine prints overlay readdir order, the model sorts by path) and `image prune` /
 * `container prune` (the engine walks a Go map of candidates, so its order changes from run to run).
 * The set of lines, stderr and exit code must still match exactly.
 */
import { expect } from 'vitest';
import type { DockerResult } from '../support/engine.js';
import type { StepResult } from '../support/scenario.js';

const sortLines = (s: string): string =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .sort()
    .map((l) => `${l}\n`)
    .join('');

export function expectConformant(results: readonly StepResult[]): void {
  const view = (args: readonly string[], o: DockerResult): DockerResult =>
    args[0] === 'diff' || args[1] === 'prune' ? { ...o, stdout: sortLines(o.stdout) } : o;
  const divergent = results
    .map((r, i) => ({ step: i + 1, args: r.args.join(' '), engine: view(r.args, r.engine), model: view(r.args, r.model) }))
    .filter((d) => d.engine.stdout !== d.model.stdout || d.engine.stderr !== d.model.stderr || d.engine.exitCode !== d.model.exitCode);
  expect(divergent).toEqual([]);
}
