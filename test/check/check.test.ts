/**
 * strata check: the exploration (the model's own decide and evolve from one imported busybox image),
 * its abstraction and symmetry reduction, worker threads, user invariants and the docker script of a
 * counterexample.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../src/check/canonical.js';
import { type Io, runCheck, shellWords } from '../../src/check/cli.js';
import { balance, explore } from '../../src/check/explore.js';
import { main } from '../../src/check/main.js';
import { dockerScript } from '../../src/check/script.js';
import { type Candidate, Shard } from '../../src/check/shard.js';
import { type Blobs, actions, makeUniverse, rootState, step } from '../../src/check/universe.js';
import type { Command } from '../../src/commands.js';
import type { State } from '../../src/state.js';
import { table } from '../../src/index.js';

const NO_PAUSED = new URL('./fixtures/no-paused.mjs', import.meta.url).pathname;

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

const run = (name: string, cmd: readonly string[], detach = true): Command => ({
  type: 'run', detach, image: 'base:1', name, cmd, env: [], labels: [], restart: { name: 'no', max: 0 }, autoRemove: false, network: 'none', attach: !detach,
});

describe('the universe', () => {
  it('offers create and run first, then each container’s verbs, then tags and prunes; commit only below the image bound', async () => {
    const blobs: Blobs = new Map();
    const root = await rootState(blobs);
    const u = makeUniverse({ containers: 1, images: 1 }, root, blobs);
    expect(u.programs.map((p) => p.instant)).toEqual([true, true, true, false, false]);
    expect(actions(root, u).map((c) => c.type)).toEqual([
      ...Array<string[]>(5).fill(['create', 'run']).flat(), 'tag', 'rmi', 'rmi', 'container_prune', 'image_prune', 'image_prune',
    ]);
    const s = step(root, run('c0', ['sh', '-c', 'echo x > /f'], false), blobs).state;
    const verbs = actions(s, u).map((c) => `${c.type}${'force' in c && c.force ? ' -f' : ''}`);
    expect(verbs.slice(0, 10)).toEqual(['start', 'stop', 'kill', 'pause', 'unpause', 'restart', 'rm', 'rm -f', 'exec', 'commit']);
    const committed = step(s, actions(s, u)[9]!, blobs).state;
    expect(committed.images.size).toBe(2);
    expect(actions(committed, u).some((c) => c.type === 'commit')).toBe(false);
  });

  it('is deterministic: a path replays to the same states', async () => {
    const a: Blobs = new Map();
    const b: Blobs = new Map();
    const [ra, rb] = [await rootState(a), await rootState(b)];
    const cmds = [run('c0', ['sh', '-c', 'echo x > /f'], false), { type: 'commit', ref: 'c0', repoTag: 'i1:1', message: '', author: '', changes: [], pause: true } as const];
    let [sa, sb] = [ra, rb];
    for (const c of cmds) [sa, sb] = [step(sa, c, a).state, step(sb, c, b).state];
    expect(JSON.stringify([...table.entries(sa.images)])).toBe(JSON.stringify([...table.entries(sb.images)]));
  });
});

describe('the abstract state', () => {
  it('does not see names, ids or times, and counts interchangeable containers once', async () => {
    const blobs: Blobs = new Map();
    const root = await rootState(blobs);
    const create = (name: string, cmd: readonly string[]): Command => ({ ...run(name, cmd, false), type: 'create' }) as Command;
    const [a, b] = [['true'], ['sh', '-c', 'exit 3']];
    const one = step(step(root, create('c0', a), blobs).state, create('c1', b), blobs).state;
    const other = step(step(root, create('xa', b), blobs).state, create('yb', a), blobs).state;
    expect(other.containers.size).toBe(2);
    expect(canonicalKey(one)).toBe(canonicalKey(other));
    // a loop that has not woken yet is not one that has (its interpreter knows it ran a round)
    const loop = ['sh', '-c', 'while :; do sleep 1; done'];
    const running = step(root, run('c0', loop), blobs).state;
    expect(canonicalKey(step(running, create('c1', a), blobs).state)).not.toBe(canonicalKey(step(step(root, create('c1', a), blobs).state, run('c0', loop), blobs).state));
    const paused = step(running, { type: 'pause', ref: 'c0' }, blobs).state;
    expect(canonicalKey(paused)).not.toBe(canonicalKey(running));
  });
});

describe('the shards', () => {
  it('reach what one shard reaches, each state by its least (parent, action), when one takes over part of another’s level', async () => {
    const blobs: Blobs = new Map();
    const root = await rootState(blobs);
    const options = { containers: 2, images: 1 };
    const u = makeUniverse(options, root, blobs);
    const level: [number, State][] = [];
    await explore({ universe: options, depth: 2, workers: 1, onState: (s, depth) => void (depth === 2 && level.push([level.length, s])) });
    expect(level.length).toBe(117);
    const one = new Shard(u, blobs, []);
    one.receive(level);
    expect(one.expand(Infinity)).toEqual({ done: 117, left: 0 });
    const alone = one.collect();

    // x holds the first half and y the second; y expands its own, then takes x's back half, lower than its own
    const [x, y] = [new Shard(u, blobs, []), new Shard(u, blobs, [])];
    x.receive(level.slice(0, 58));
    y.receive(level.slice(58));
    expect(y.expand(16)).toEqual({ done: 16, left: 43 });
    y.expand(Infinity);
    const own = new Map(y.collect().candidates.map((c) => [c.key, c]));
    const given = x.give(29);
    expect(given.map(([i]) => i)).toEqual(level.slice(29, 58).map(([i]) => i));
    y.take(given);
    expect(x.expand(Infinity)).toEqual({ done: 29, left: 0 });
    expect(y.expand(Infinity)).toEqual({ done: 29, left: 0 });
    const [fromX, fromY] = [x.collect(), y.collect()];
    // some key y reached from its own states was reached earlier in the order by a state it took
    expect(fromY.candidates.filter((c) => (own.get(c.key)?.parent ?? -1) > c.parent).length).toBeGreaterThan(0);

    const first = new Map<string, Candidate>();
    for (const c of [...fromX.candidates, ...fromY.candidates]) {
      const seen = first.get(c.key);
      if (!seen || c.parent < seen.parent || (c.parent === seen.parent && c.action < seen.action)) first.set(c.key, c);
    }
    expect([...first.values()].sort((a, b) => a.parent - b.parent || a.action - b.action)).toEqual(alone.candidates);
    expect(fromX.transitions + fromY.transitions).toBe(alone.transitions);
  }, 120_000);

  it('keep each new state where it was found, moving only the excess over an even share', () => {
    expect(balance([0, 1, 0, 1], 2)).toEqual([0, 1, 0, 1]);
    expect(balance([0, 0, 0, 0, 1], 2)).toEqual([0, 0, 0, 1, 1]);
    expect(balance([1, 1, 1, 1, 1], 3)).toEqual([1, 1, 2, 0, 0]);
    expect(balance([], 2)).toEqual([]);
  });
});

describe('strata check', () => {
  it('explores to a depth with the kit invariants holding, the same states with one and two workers', async () => {
    const universe = { containers: 2, images: 1 };
    const one = await explore({ universe, depth: 3, workers: 1 });
    const two = await explore({ universe, depth: 3, workers: 2 });
    expect(one.violation).toBeUndefined();
    expect(one.levels).toEqual([1, 12, 117, 558]);
    expect([two.states, two.transitions, two.depth, two.levels]).toEqual([one.states, one.transitions, one.depth, one.levels]);
  }, 120_000);

  it('ends at the fixpoint when no depth is given', async () => {
    const r = await explore({ universe: { containers: 1, images: 0, programs: [['true']], verbs: ['run', 'start', 'rm'] }, depth: Infinity, workers: 1 });
    // nothing, a container that ran (exited), and nothing again after rm: the image alone, then with one exited container
    expect([r.states, r.depth]).toEqual([2, 1]);
  });

  it('refutes "no container is ever paused" with a shortest docker script, also with workers', async () => {
    for (const workers of [1, 2]) {
      const io = capture();
      const code = await runCheck({ containers: 2, images: 1, depth: 6, workers, invariants: [NO_PAUSED], quiet: true }, io);
      expect(code, io.stderr).toBe(1);
      const lines = io.stdout.trimEnd().split('\n');
      expect(lines[0]).toBe('# no-paused.mjs violated after 2 commands: container c0 is paused');
      expect(lines.slice(1, -1)).toEqual([
        'docker import "$BASE_TAR" base:1',
        "docker run -d --network none --name c0 base:1 sh -c 'while :; do sleep 1; done'",
        'docker pause c0',
      ]);
      expect(lines.at(-1)).toMatch(/^check: 130 states, 242 transitions, depth 2, 2 violations, \d+ states\/s$/);
    }
  }, 120_000);

  it('prints the summary and exits 0 when nothing is violated; writes the script and the base tar on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strata-check-'));
    const io = capture();
    expect(await main(['check', '--containers', '1', '--images', '0', '--depth', '2', '--quiet'], io)).toBe(0);
    expect(io.stdout).toMatch(/^check: \d+ states, \d+ transitions, depth 2, 0 violations, \d+ states\/s\n$/);
    const v = capture();
    const script = join(dir, 'paused.sh');
    const base = join(dir, 'base.tar');
    expect(await main(['check', '--depth', '3', '--invariant', NO_PAUSED, '--prefix', 'ck-', '--script', script, '--base-tar', base, '--quiet'], v)).toBe(1);
    expect(readFileSync(script, 'utf8')).toContain('docker pause ck-c0\n');
    expect(readFileSync(base).length).toBeGreaterThan(1024);
  }, 60_000);

  it('refuses what it does not understand', async () => {
    const io = capture();
    expect(await main(['check', '--depth', 'x'], io)).toBe(125);
    expect(await main(['check', '--verbs', 'start,fly'], io)).toBe(125);
    expect(await main(['check', '--bogus'], io)).toBe(125);
    expect(await runCheck({ invariants: [new URL('./fixtures/not-a-function.mjs', import.meta.url).pathname], depth: 1 }, io)).toBe(2);
    expect(io.stderr).toContain('the default export is not a function');
  });

  it('ends with 2 and one line naming the module when an invariant cannot be loaded or run, with one worker and with two', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strata-check-'));
    const module = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const cases: [string, string][] = [
      [join(dir, 'nosuch.mjs'), `strata check: ${join(dir, 'nosuch.mjs')}: no such file\n`],
      // (the loader's own words, which vitest's differ from: bin/strata.js's are checked below)
      [module('syntax.mjs', 'export default (s) => {\n'), `strata check: ${join(dir, 'syntax.mjs')}: cannot load it: `],
      [module('throws.mjs', "export default () => { throw new Error('boom'); };\n"), 'strata check: throws.mjs threw: boom\n'],
      // true could mean "holds" or "broken": refused rather than read either way
      [module('boolean.mjs', 'export default () => true;\n'), 'strata check: boolean.mjs returned true: an invariant returns a message (a string) when the state breaks it, and null when it holds\n'],
    ];
    for (const [file, message] of cases) {
      for (const workers of ['1', '2']) {
        const io = capture();
        expect(await main(['check', '--depth', '1', '--workers', workers, '--invariant', file, '--quiet'], io), file).toBe(2);
        if (message.endsWith('\n')) expect(io.stderr).toBe(message);
        else expect(io.stderr).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.+\n$`));
        expect(io.stdout).toBe('');
      }
    }
  }, 60_000);
});

describe('strata check as installed (bin/strata.js, the bundled CLI)', () => {
  const BIN = fileURLToPath(new URL('../../bin/strata.js', import.meta.url));
  it("loads the README's invariant module and prints the README's answer, the first time and again from the code cache", () => {
    // the README's module and what it says the check prints (the states/s figure aside)
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const section = readme.slice(readme.indexOf('## Checking the model exhaustively'));
    const module = /^```js\n(\/\/ no-paused\.mjs\n[\s\S]*?)^```$/m.exec(section)?.[1];
    const answer = /^```\n(# no-paused\.mjs violated[\s\S]*?)^```$/m.exec(section)?.[1];
    expect(module && answer).toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), 'strata-check-'));
    writeFileSync(join(dir, 'no-paused.mjs'), module!);
    const perSecond = (text: string): string => text.replace(/, \d+ states\/s\n$/, ', N states/s\n');
    // the bundle runs as a script, where import() has no loader of its own (bin/strata.js lends one)
    for (const time of ['first', 'second']) {
      const r = spawnSync(process.execPath, [BIN, 'check', '--depth', '2', '--invariant', join(dir, 'no-paused.mjs'), '--quiet'], { encoding: 'utf8' });
      expect(r.stderr, time).toBe('');
      expect(r.status, time).toBe(1);
      expect(perSecond(r.stdout)).toBe(perSecond(answer!));
    }
    writeFileSync(join(dir, 'syntax.mjs'), 'export default (s) => {\n');
    const r = spawnSync(process.execPath, [BIN, 'check', '--depth', '1', '--invariant', join(dir, 'syntax.mjs')], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([2, `strata check: ${join(dir, 'syntax.mjs')}: cannot load it: SyntaxError: Unexpected end of input\n`]);
  }, 60_000);
});

describe('the docker script', () => {
  it('quotes what the shell would split, and prefixes names and tags', () => {
    expect(shellWords(`sh -c "trap 'exit 0' TERM; sleep 1"`)).toEqual(['sh', '-c', "trap 'exit 0' TERM; sleep 1"]);
    expect(dockerScript([run('c0', ['sh', '-c', "trap 'exit 0' TERM"]), { type: 'rmi', ref: 'i1:1', force: true, prune: true }, { type: 'image_prune', all: true }], 'ck-')).toEqual([
      'docker import "$BASE_TAR" ck-base:1',
      `docker run -d --network none --name ck-c0 ck-base:1 sh -c 'trap '\\''exit 0'\\'' TERM'`,
      'docker rmi -f ck-i1:1',
      'docker image prune -a -f',
    ]);
  });
});
