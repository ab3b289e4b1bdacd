/**
 * strata check --lts: the state graph in the Aldebaran format. It is checked against a reference
 * exploration written as plainly as it can be (one loop, one thread, the same numbering rule), and
 * the graph's claim, that it is the model's own up to renaming, is checked on concrete states the
 * exploration never kept: every state of an abstract state has the abstract state's transitions.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../src/check/canonical.js';
import { type Io } from '../../src/check/cli.js';
import { explore } from '../../src/check/explore.js';
import { main } from '../../src/check/main.js';
import { actionLabel } from '../../src/check/script.js';
import { type Blobs, type UniverseOptions, actions, elapse, makeUniverse, rootState, step } from '../../src/check/universe.js';
import type { State } from '../../src/state.js';
import { table } from '../../src/index.js';

/** The state graph by the definition: breadth first, each new abstract state numbered when first reached. */
async function reference(options: UniverseOptions, depth: number) {
  const blobs: Blobs = new Map();
  const root = await rootState(blobs);
  const u = makeUniverse(options, root, blobs);
  const number = new Map([[canonicalKey(root), 0]]);
  const states: State[] = [root];
  const levels: number[] = [0];
  const lines: string[] = [];
  let level = [0];
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: number[] = [];
    for (const i of level) {
      const s = states[i]!;
      const elapsed = elapse(s, blobs);
      for (const c of actions(s, u)) {
        const { decision, state: t } = step(s, c, blobs, elapsed);
        const line = (to: number): number => lines.push(`(${i},"${actionLabel(c)}",${to})`);
        if (t === s) {
          if (decision.error === undefined) line(i);
          continue;
        }
        if (decision.events.every((e) => e.event.type === 'Pruned')) {
          line(i);
          continue;
        }
        const key = canonicalKey(t);
        let n = number.get(key);
        if (n === undefined) {
          n = states.length;
          number.set(key, n);
          states.push(t);
          levels.push(d + 1);
          next.push(n);
        }
        line(n);
      }
    }
    level = next;
  }
  return { aut: `des (0, ${lines.length}, ${states.length})\n${lines.map((l) => `${l}\n`).join('')}`, number, states, levels, blobs, universe: u, root };
}

async function aut(options: UniverseOptions, depth: number, workers: number): Promise<string> {
  const r = await explore({ universe: options, depth, workers, graph: true });
  return [...r.graph!.aut(r.states)].join('');
}

/** An Aldebaran file read strictly: the header's counts, each line's numbers and quoted label. */
function parseAut(text: string): { states: number; edges: { from: number; label: string; to: number }[] } {
  const [header, ...rest] = text.split('\n');
  const h = /^des \(0, (\d+), (\d+)\)$/.exec(header!);
  if (!h) throw new Error(`bad header ${header}`);
  expect(rest.pop()).toBe('');
  const states = Number(h[2]);
  const edges = rest.map((l) => {
    const m = /^\((\d+),"([^"\n]*)",(\d+)\)$/.exec(l);
    if (!m) throw new Error(`bad line ${l}`);
    const e = { from: Number(m[1]), label: m[2]!, to: Number(m[3]) };
    expect(e.from < states && e.to < states).toBe(true);
    return e;
  });
  expect(edges.length).toBe(Number(h[1]));
  return { states, edges };
}

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe('the state graph (strata check --lts)', () => {
  it('is the graph the definition gives, with one worker and with two, to the fixpoint and to a depth', async () => {
    for (const [options, depth] of [
      [{ containers: 1, images: 0 }, Infinity],
      [{ containers: 2, images: 1 }, 3],
    ] as const) {
      const expected = (await reference(options, depth)).aut;
      expect(await aut(options, depth, 1)).toBe(expected);
      expect(await aut(options, depth, 2)).toBe(expected);
    }
  }, 300_000);

  it('has every state reachable from state 0, and the summary’s transitions besides the commands that succeed and change nothing', async () => {
    const r = await explore({ universe: { containers: 1, images: 0 }, depth: Infinity, workers: 1, graph: true });
    const g = parseAut([...r.graph!.aut(r.states)].join(''));
    expect(g.states).toBe(r.states);
    const seen = new Set([0]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of g.edges) if (seen.has(e.from) && !seen.has(e.to)) grew = seen.add(e.to).size > 0;
    }
    expect(seen.size).toBe(g.states);
    // a refused command is no transition: rm of a running container, start of a paused one
    const loops = g.edges.filter((e) => e.from === e.to);
    expect(g.edges.length - r.transitions).toBeGreaterThan(0);
    expect(loops.length).toBeGreaterThanOrEqual(g.edges.length - r.transitions);
    expect(new Set(g.edges.map((e) => e.label.split(' ')[0]))).toEqual(
      new Set(['create', 'run', 'start', 'stop', 'kill', 'pause', 'unpause', 'restart', 'rm', 'exec', 'tag', 'rmi', 'container', 'image']),
    );
    // no label names a container
    expect(g.edges.filter((e) => /\bc[0-9]+\b/.test(e.label))).toEqual([]);
  }, 120_000);

  it('holds for every state, not only the one the exploration kept: an abstract state’s transitions are each of its states’', async () => {
    for (const [options, depth] of [
      [{ containers: 1, images: 0 }, Infinity],
      [{ containers: 2, images: 1 }, 4],
    ] as const) {
      const ref = await reference(options, depth);
      const outgoing = new Map<number, Set<string>>();
      for (const e of parseAut(ref.aut).edges) outgoing.set(e.from, (outgoing.get(e.from) ?? new Set()).add(`${e.label} -> ${e.to}`));
      let compared = 0;
      let unlike = 0;
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (choices) => {
          let s = ref.root;
          for (const choice of choices) {
            const n = ref.number.get(canonicalKey(s));
            expect(n).toBeDefined();
            if (ref.levels[n!]! >= depth) return;
            const elapsed = elapse(s, ref.blobs);
            const mine = new Set<string>();
            const commands = actions(s, ref.universe);
            const next: State[] = [];
            for (const c of commands) {
              const { decision, state: t } = step(s, c, ref.blobs, elapsed);
              next.push(t);
              if (t === s && decision.error !== undefined) continue;
              const to = t === s || decision.events.every((e) => e.event.type === 'Pruned') ? n! : ref.number.get(canonicalKey(t));
              mine.add(`${actionLabel(c)} -> ${to}`);
            }
            expect(mine).toEqual(outgoing.get(n!) ?? new Set());
            compared++;
            // a state other than the one kept for its abstract state: its clock or its containers' ids differ
            const kept = ref.states[n!]!;
            const ids = (x: State): string => [...table.entries(x.containers)].map(([id]) => id).join();
            if (s.clock !== kept.clock || ids(s) !== ids(kept)) unlike++;
            s = next[choice % next.length]!;
          }
        }),
        { numRuns: 80 },
      );
      expect(compared).toBeGreaterThan(100);
      expect(unlike).toBeGreaterThan(0);
    }
  }, 300_000);

  it('is written by strata check --lts, which refuses a label the format cannot hold and a file it cannot write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strata-lts-'));
    const file = join(dir, 'model.aut');
    const io = capture();
    expect(await main(['check', '--containers', '1', '--images', '0', '--depth', '3', '--lts', file, '--quiet'], io)).toBe(0);
    const lines = io.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^check: state graph written to ${file}: (\\d+) states, (\\d+) transitions$`));
    expect(lines[1]).toMatch(/^check: \d+ states, \d+ transitions, depth 3, 0 violations/);
    const g = parseAut(readFileSync(file, 'utf8'));
    expect(`check: state graph written to ${file}: ${g.states} states, ${g.edges.length} transitions`).toBe(lines[0]);
    expect(readFileSync(file, 'utf8')).toBe(await aut({ containers: 1, images: 0 }, 3, 1));

    const quoted = capture();
    const other = join(dir, 'quoted.aut');
    expect(await main(['check', '--depth', '1', '--program', `sh -c 'echo "x"'`, '--lts', other], quoted)).toBe(125);
    expect(quoted.stderr).toBe(`strata check: --lts: a label cannot hold "echo \\"x\\"" (a double quote or a line break): the Aldebaran format has no escape for them\n`);
    expect(existsSync(other)).toBe(false);

    const nowhere = capture();
    writeFileSync(join(dir, 'file'), '');
    expect(await main(['check', '--depth', '1', '--lts', join(dir, 'file', 'model.aut')], nowhere)).toBe(2);
    expect(nowhere.stderr).toMatch(new RegExp(`^strata check: --lts ${dir}/file/model.aut: cannot write it: ENOTDIR: [^\\n]*\\n$`));
    expect(nowhere.stdout).toBe('');
  }, 120_000);
});
