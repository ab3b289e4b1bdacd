/**
 * The read verbs' entry point (src/cli/read.ts, which the small bundle starts): for a read verb it
 * prints what the whole CLI (src/cli/main.ts) prints, byte for byte, with the same exit code, its
 * argument errors and the store's faults included; what it cannot do alone (help and flag errors,
 * which are commander's; a timer that has fallen due; a verb it does not hold) it hands back,
 * undefined, having printed nothing and written nothing. Where it reads argv itself, commander
 * would read the same.
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayerInput } from '../../src/commands.js';
import type { Cli, Opts } from '../../src/cli/containers.js';
import type { Io } from '../../src/cli/io.js';
import { READ_VERBS, main } from '../../src/cli/main.js';
import { type Groups, runProgram } from '../../src/cli/program.js';
import { READ_BUNDLE_VERBS, main as readMain, readCommand } from '../../src/cli/read.js';
import { READ_FLAGS, readLoaders, runVerb } from '../../src/cli/verbs.js';
import { FileLog, SNAPSHOT_EVERY } from '../../src/log/file-log.js';
import { snapshotFile } from '../../src/log/snapshot.js';
import { Strata } from '../../src/strata.js';
import { createRequest } from '../../src/testing/decider-spec.js';
import { testEnvironment } from '../../src/testing/environment.js';
import { type Result, baseLayer, runEntry, tempHomes } from '../support/stores.js';

/** Years before the test runs, so that every "… ago" the verbs print stays the same while it runs. */
const LONG_AGO = Date.UTC(2020, 0, 1);

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});
const newHome = tempHomes('strata-read-');

/** A store with an image and containers of every kind `ps` shows; `sleep` seconds for the running one. */
function store(sleep: number, past = 0): string {
  const home = newHome();
  const s = Strata.open(home, testEnvironment(7, LONG_AGO));
  s.execute({ type: 'import', layer: base, message: 'base', changes: [], repoTag: 'base:1' });
  s.execute({ type: 'tag', source: 'base:1', target: 'other:2' });
  s.execute({ type: 'run', detach: false, ...createRequest('web', ['sh', '-c', 'mkdir /out && echo hi > /out/f; echo out; echo err >&2']) });
  s.execute({ type: 'create', ...createRequest('made', ['true'], { labels: ['k=v'] }) });
  s.execute({ type: 'run', detach: true, ...createRequest('nap', ['sleep', String(sleep)]) });
  for (let i = 0; s.state.seq < past; i++) s.execute({ type: 'run', detach: false, ...createRequest(`job-${i}`, ['sh', '-c', 'echo done']) });
  s.close();
  return home;
}

const run = runEntry;

/** Every file of a store and its bytes. */
const files = (home: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(home, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const p = join(e.parentPath, e.name);
        return [p, readFileSync(p).toString('base64')];
      }),
  );

/**
 * Each entry point on the store as it is: what both print; the store they leave must be the same
 * (a reader may leave a snapshot), or untouched where the read entry handed back. The store is then
 * as it was.
 */
async function both(home: string, argv: readonly string[]): Promise<{ whole: Result; read: Result }> {
  const pristine = newHome();
  cpSync(home, pristine, { recursive: true });
  const restore = (): void => {
    rmSync(home, { recursive: true, force: true });
    cpSync(pristine, home, { recursive: true });
  };
  const before = files(home);
  const whole = await run(main, home, argv);
  const left = files(home);
  restore();
  const read = await run(readMain, home, argv);
  expect(files(home)).toEqual(read.code === undefined ? before : left);
  restore();
  return { whole, read };
}

/** A sleep that ends long after the test: no timer falls due. */
const AWAKE = 999_999_999;

/** Read commands the read entry runs itself. */
const CASES: readonly (readonly string[])[] = [
  ['ps'],
  ['ps', '-a'],
  ['ps', '-aq'],
  ['ps', '-qa', '--no-trunc'],
  ['ps', '--all=true', '--quiet=false'],
  ['ps', '-a', '--format', '{{.Names}}\t{{.Status}}\t{{.Labels}}'],
  ['ps', '-a', '--format=table {{.ID}}\t{{.Image}}'],
  ['ps', '-a', '--filter', 'status=exited', '-fname=w'],
  ['ps', '--filter', 'nope'],
  ['ps', '--filter', 'nope=1'],
  ['ps', '--format', '{{.Nope}}'],
  ['ps', '--format', '{{'],
  ['ps', 'extra'],
  ['ps', '-n', '1'],
  ['ps', '-l', '-s'],
  ['ps', '-n', '-1', '-a'],
  ['ps', '-n2', '-q'],
  ['ps', '--last=2', '--format', '{{.Names}} {{.Size}}'],
  ['ps', '-a', '--size=true', '--latest=false', '--format', 'table {{.Names}}\t{{.Size}}'],
  ['ps', '-n', 'x'],
  ['ps', '--filter', 'name=nomatch', '--format', '{{.Nope}}'],
  ['images', '--digests'],
  ['images', '--digests', '--format', 'table {{.ID}}'],
  ['ps', '--', '-a'],
  ['images'],
  ['images', '-a', '--no-trunc'],
  ['images', '-q'],
  ['images', 'other'],
  ['images', 'a', 'b'],
  ['images', '--format', '{{.Repository}}:{{.Tag}} {{.Size}}'],
  ['inspect', 'web'],
  ['inspect', 'base:1', 'made'],
  ['inspect', 'nope'],
  ['inspect', '--format', '{{.State.Status}} {{.Name}}', 'web', 'nap'],
  ['inspect', 'web', '--type', 'image'],
  ['inspect', '-sf', '{{.Nope}}', 'web'],
  ['inspect'],
  ['image', 'inspect', 'base:1'],
  ['image', 'inspect', '--format', '{{.Id}}', 'other:2'],
  ['image', 'inspect', 'web'],
  ['logs', 'web'],
  ['logs', '--tail', '1', '-t', 'web'],
  ['logs', '-n', '0', 'web'],
  ['logs', '--since', '2000-01-01', '--until', '0', 'web'],
  ['logs', '--since', 'x', 'web'],
  ['logs', '--timestamps=true', 'web'],
  ['inspect', '-s', '--format', '{{.SizeRw}}', 'web', 'base:1'],
  ['logs', 'nope'],
  ['logs'],
  ['diff', 'web'],
  ['diff', 'made'],
  ['history', 'base:1'],
  ['history', '-q', '--no-trunc', 'base:1'],
  ['history', '-H', 'base:1'],
  ['history', 'nope'],
];

/** Read commands only commander can answer (help, flag errors): the read entry hands them back. */
const COMMANDERS: readonly (readonly string[])[] = [
  ['ps', '--bogus'],
  ['ps', '-z'],
  ['ps', '-az'],
  ['ps', '--format'],
  ['ps', '--help'],
  ['ps', '-1'],
  ['inspect', '-f'],
  ['history', '-H=maybe', 'base:1'],
  ['ps', '--all=yes'],
  ['image', 'inspect', '--help'],
];

describe('the read entry point', () => {
  // events follows the log; a diagram is drawn rarely enough that its code stays out of the small bundle;
  // version, info and the management forms of the read verbs (`container ls`) are the whole CLI's
  it('runs every read verb but events, diagram layers, explore, version, info and the management forms, and holds no other', () => {
    const forms = [...READ_VERBS].filter((v) => /^(container|image|system) /.test(v) && !READ_BUNDLE_VERBS.has(v));
    expect([...READ_BUNDLE_VERBS, 'events', 'diagram layers', 'explore', 'version', 'info', ...forms].sort()).toEqual([...READ_VERBS].sort());
    expect(forms).toContain('container ls');
    expect(forms).toContain('image ls');
  });

  it('prints what the whole CLI prints, with its exit code, and leaves the store as it does', async () => {
    const home = store(AWAKE);
    for (const argv of CASES) {
      const { whole, read } = await both(home, argv);
      expect({ argv, ...read }).toEqual({ argv, ...whole });
    }
  });

  it("hands back what only commander answers, and the whole CLI answers it: help, a flag's error", async () => {
    const home = store(AWAKE);
    for (const argv of COMMANDERS) {
      const { whole, read } = await both(home, argv);
      expect({ argv, ...read }).toEqual({ argv, code: undefined, out: '', err: '' });
      expect(whole.code === 0 ? whole.out : whole.err).toMatch(/Usage|See 'docker .* --help'/);
    }
  });

  it('on a store past its snapshot, and one whose snapshot is damaged: the same rows, the same warning, the same new snapshot', async () => {
    const home = store(AWAKE, SNAPSHOT_EVERY + 30);
    for (const damage of [false, true]) {
      if (damage) writeFileSync(snapshotFile(home), readFileSync(snapshotFile(home)).subarray(0, -3));
      const { whole, read } = await both(home, ['ps', '-a']);
      expect(read).toEqual(whole);
      expect(whole.out).toContain(' job-0\n');
      expect(whole.err).toBe(damage ? 'strata: the snapshot was not used (torn); the state is rebuilt from the log\n' : '');
    }
  });

  it('a refused read writes nothing; one that answered leaves a snapshot of a small store, so the next read checks no line', async () => {
    for (const entry of [main, readMain]) {
      const home = store(AWAKE);
      const before = files(home);
      expect(Object.keys(before).some((f) => f === snapshotFile(home))).toBe(false);
      for (const argv of [['ps', '--filter', 'nope'], ['inspect', 'nosuch'], ['logs', 'nosuch'], ['ps', 'extra']]) {
        expect((await run(entry, home, argv)).code).not.toBe(0);
        expect(files(home)).toEqual(before);
      }
      expect((await run(entry, home, ['ps', '-a'])).code).toBe(0);
      expect(new FileLog(home, { frozen: false }).project(null).replayed).toBe(0);
    }
  });

  it('a corrupt log: the same message and exit code', async () => {
    const home = store(AWAKE);
    const log = join(home, 'events.jsonl');
    writeFileSync(log, readFileSync(log, 'utf8').replace('"out\\n"', '"OUT\\n"'));
    const { whole, read } = await both(home, ['ps', '-a']);
    expect(read).toEqual(whole);
    expect(whole.code).toBe(1);
    expect(whole.err).toMatch(/corrupt at line \d+/);
  });

  it('hands back, having printed and written nothing, a store where a timer has fallen due, and any verb it does not hold', async () => {
    // a damaged snapshot too: the whole CLI warns of it and writes a new one; the read entry must not
    const due = store(1, SNAPSHOT_EVERY + 30);
    writeFileSync(snapshotFile(due), readFileSync(snapshotFile(due)).subarray(0, -3));
    const healthy = store(AWAKE, SNAPSHOT_EVERY + 30);
    for (const [home, argv] of [
      [due, ['ps', '-a']],
      [due, ['inspect', 'nap']],
      [healthy, ['events', '--until', '0']],
      [healthy, ['rm', '-f', 'web']],
      [healthy, ['container', 'prune', '-f']],
      [healthy, ['container', 'ls', '-a']],
      [healthy, ['image', 'ls']],
      [healthy, ['container', 'inspect', 'web']],
      [healthy, ['logs', '-f', 'web']],
      [healthy, ['version']],
    ] as const) {
      const before = files(home);
      expect(await run(readMain, home, argv)).toEqual({ code: undefined, out: '', err: '' });
      expect(files(home)).toEqual(before);
    }
    // and the whole CLI then does what it always does: the sleep's end is logged first
    const whole = await run(main, due, ['ps', '-a', '--format', '{{.Names}} {{.Status}}']);
    expect(whole.code).toBe(0);
    expect(whole.err).toBe('strata: the snapshot was not used (torn); the state is rebuilt from the log\n');
    expect(whole.out).toMatch(/^nap Exited \(0\) /m);
  });
});

describe("the read entry's reading of argv", () => {
  /** What a read verb's handler is called with through commander (program.ts), or what is printed instead. */
  async function viaCommander(argv: readonly string[]): Promise<{ call: unknown; out: string; err: string; code: number | undefined }> {
    let call: unknown;
    const handler = (_cli: Cli, args: string[], opts: Opts): number => {
      call = { args, opts };
      return 0;
    };
    const Q = async (): Promise<typeof import('../../src/cli/queries.js')> =>
      ({ ps: handler, images: handler, inspect: handler, logs: handler, diff: handler, history: handler }) as unknown as typeof import('../../src/cli/queries.js');
    const none = (): Promise<never> => Promise.reject(new Error('not a read verb'));
    const L = async (): Promise<typeof import('../../src/cli/log.js')> => ({ log: handler }) as unknown as typeof import('../../src/cli/log.js');
    const groups: Groups = { A: none, B: none, C: none, D: none, E: none, I: none, L, Q, S: none, X: none, Y: none };
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) } as Io;
    const code = await runProgram(argv, io, groups, async () => ({}) as Cli);
    return { call, out, err, code };
  }

  const word = fc.constantFrom('web', 'x', 'a b', '{{.ID}}', 'status=exited', '', '-', '--', '-1', '--help', '-h', '--bogus', '-z', '--all=true', '--all=0', '--no-trunc=false', '-=x');
  const token = (verb: string): fc.Arbitrary<string> => {
    const spellings = READ_FLAGS[verb]!.flatMap((f) => f.flags.split(/,? /).filter((w) => w.startsWith('-')));
    const shorts = spellings.filter((w) => /^-[A-Za-z]$/.test(w)).map((w) => w[1]!);
    return fc.oneof(
      word,
      fc.string({ maxLength: 4 }),
      ...(spellings.length > 0 ? [fc.constantFrom(...spellings), fc.tuple(fc.constantFrom(...spellings), word).map(([f, w]) => `${f}=${w}`)] : []),
      ...(shorts.length > 0 ? [fc.tuple(fc.array(fc.constantFrom(...shorts), { minLength: 1, maxLength: 3 }), word).map(([s, w]) => `-${s.join('')}${w}`)] : []),
    );
  };
  const argvArb = fc
    .constantFrom(...Object.keys(READ_FLAGS))
    .chain((verb) => fc.array(token(verb), { maxLength: 6 }).map((rest) => [...verb.split(' '), ...rest]));

  test.prop([argvArb], { numRuns: 2000 })('whatever argv it reads, commander reads the same: the same arguments and options, or the same argument error', async (argv) => {
    const command = readCommand(argv);
    if (command === undefined) return;
    const through = await viaCommander(argv);
    let call: unknown;
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) } as Io;
    const load = async (): Promise<(c: Cli, args: string[], opts: Opts) => number> => (_c, args, opts) => {
      call = { args, opts };
      return 0;
    };
    const imageInspect = readLoaders({ Q: async () => ({ inspect: await load() }) as never, E: async () => ({}) as never, L: async () => ({ log: await load() }) as never })['image inspect']!;
    const code = await runVerb(io, command.verb, command.verb === 'image inspect' ? imageInspect : load, command.args, command.opts, async () => ({}) as Cli);
    expect({ call, out, err, code }).toEqual(through);
  });

  it('reads the common spellings itself', () => {
    for (const argv of CASES) expect(readCommand(argv), argv.join(' ')).toBeDefined();
  });
});
