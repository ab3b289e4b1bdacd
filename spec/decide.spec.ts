/** decide is total: any command, in any state, gets a Decision — never an exception. */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Command, CreateOptions } from '../src/commands.js';
import type { Context } from '../src/core/context.js';
import { render } from '../src/core/errors.js';
import { decide } from '../src/decide.js';
import { writeLayerTar } from '../src/layer/tar-write.js';
import { readLayerTar } from '../src/layer/tar-read.js';
import { type Harness, SCRIPTS, runScenario, scenario, seedArb } from './arbitraries.js';
import { invariants } from '../src/testing/invariants.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 30);

const weird = fc.constantFrom('', ' ', '/', '//', '.', '..', '../x', ':', 'a:b:c', 'sha256:', 'sha256:zz', 'UPPER', 'base:1', 'c0', '\0', 'ü', 'a'.repeat(300), '-1', '0', 'NaN');
const garbage = fc.oneof(weird, fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9a-f]{1,4}$/), fc.stringMatching(/^sha256:[0-9a-f]{0,6}$/));
const signal = fc.oneof(fc.constantFrom('', 'TERM', 'SIGKILL', 'kill', 'usr1', '0', '9', '15', '31', '32', '64', '-1', 'SIGFOO', 'STOP', 'CHLD', 'SIG'), garbage);
/** Timeouts >= 0: a negative one waits forever, and on a spinning container that takes the model seconds (see SPINS). */
const timeout = fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined });
const strings = fc.array(garbage, { maxLength: 3 });
const cmdArb = fc.oneof(fc.constantFrom(...SCRIPTS), fc.array(garbage, { maxLength: 3 }), fc.constant(['sh', '-c', 'exit 300']), fc.constant(['sh', '-c', ';;']));

const createOptions: fc.Arbitrary<CreateOptions> = fc.record(
  {
    image: fc.oneof(garbage, fc.constant('base:1')),
    name: garbage,
    cmd: cmdArb,
    entrypoint: fc.oneof(garbage, fc.constant('')),
    env: strings,
    workdir: garbage,
    labels: strings,
    restart: fc.record({ name: fc.oneof(fc.constantFrom('no', 'always', 'on-failure', 'unless-stopped'), garbage), max: fc.integer({ min: -2, max: 3 }) }),
    autoRemove: fc.boolean(),
    network: garbage,
    attach: fc.boolean(),
  },
  { requiredKeys: ['image', 'cmd', 'env', 'labels', 'restart', 'autoRemove', 'network', 'attach'] },
);

const smallLayer = fc.constantFrom(
  new Map([['x', { type: 'file' as const, mode: 0o644, mtime: 0, size: 0, digest: 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' as const }]]),
  new Map([['w', { type: 'whiteout' as const }]]),
  new Map(),
);

/** Commands with garbage everywhere a user can type something (refs, names, signals, references, changes). */
type ImportRaw = { type: 'import_raw'; changes: Map<string, never>; repoTag?: string; message: string; cmdChanges: string[] };
type Garbage = Command | ImportRaw;
// cast: fc.record types an optional key as `T | undefined`, which exactOptionalPropertyTypes rejects
export const garbageCommand = fc.oneof(
  fc.constant({ type: 'tick' as const }),
  createOptions.map((o) => ({ type: 'create' as const, ...o })),
  fc.tuple(createOptions, fc.boolean()).map(([o, detach]) => ({ type: 'run' as const, detach, ...o })),
  fc.record({ type: fc.constant('start' as const), ref: garbage, attach: fc.boolean() }),
  fc.record({ type: fc.constantFrom('stop' as const, 'restart' as const), ref: garbage, timeout }, { requiredKeys: ['type', 'ref'] }),
  fc.record({ type: fc.constant('kill' as const), ref: garbage, signal }),
  fc.record({ type: fc.constantFrom('pause' as const, 'unpause' as const, 'wait' as const), ref: garbage }),
  fc.record({ type: fc.constant('rm' as const), ref: garbage, force: fc.boolean() }),
  fc.record({ type: fc.constant('exec' as const), ref: garbage, argv: fc.oneof(strings, fc.constant(['sh', '-c', 'echo hi'])), env: strings, workdir: garbage }, { requiredKeys: ['type', 'ref', 'argv', 'env'] }),
  fc.record({ type: fc.constant('rename' as const), ref: garbage, name: garbage }),
  fc.record(
    { type: fc.constant('commit' as const), ref: garbage, repoTag: garbage, message: garbage, author: garbage, changes: fc.array(fc.oneof(garbage, fc.constantFrom('CMD', 'CMD ["sh"', 'ENV', 'ENV =', 'LABEL', 'EXPOSE x', 'STOPSIGNAL FOO', 'WORKDIR', 'USER', 'FROM x', 'cmd ["a"]')), { maxLength: 3 }), pause: fc.boolean() },
    { requiredKeys: ['type', 'ref', 'message', 'author', 'changes', 'pause'] },
  ),
  fc.record({ type: fc.constant('import_raw' as const), changes: smallLayer as fc.Arbitrary<Map<string, never>>, repoTag: garbage, message: garbage, cmdChanges: fc.array(garbage, { maxLength: 2 }) }, { requiredKeys: ['type', 'changes', 'message', 'cmdChanges'] }),
  fc.record({ type: fc.constant('tag' as const), source: garbage, target: garbage }),
  fc.record({ type: fc.constant('rmi' as const), ref: garbage, force: fc.boolean(), prune: fc.boolean() }),
  fc.record({ type: fc.constant('image_prune' as const), all: fc.boolean() }),
  fc.constant({ type: 'container_prune' as const }),
) as unknown as fc.Arbitrary<Garbage>;

async function toCommand(g: Garbage): Promise<Command> {
  if (g.type !== 'import_raw') return g;
  const layer = await readLayerTar(writeLayerTar(g.changes, () => new Uint8Array(0)));
  if ('code' in layer) throw new Error(render(layer.error));
  return { type: 'import', layer, message: g.message, changes: g.cmdChanges, ...(g.repoTag !== undefined ? { repoTag: g.repoTag } : {}) };
}

const probe = (h: Harness): Context => {
  let n = 0;
  return { now: h.env.now(), newId: () => (n++).toString(16).padStart(64, 'e'), randomName: () => `probe_${n++}`, blob: (d) => h.strata.blob(d) };
};

/*
 * Property 12. decide.ts: "decide(command, state, ctx): pure, total, never throws"; an exception inside
 * is reported as a model bug (model_bug). So: for garbage commands (empty strings, unknown refs, bad
 * signals, bad names, bad references, bad --change lines) in the states scenarios reach, decide
 * returns a Decision that is not a model bug; a refusal renders to text and carries no events;
 * executing it leaves a sound state.
 */
test('[STORE-5] decide answers every command in every state with a Decision', async () => {
  const property = fc.asyncProperty(scenario(), fc.array(garbageCommand, { minLength: 50, maxLength: 50 }), seedArb, async (cmds, garbage, seed) => {
    const commands = await Promise.all(garbage.map(toCommand));
    let i = 0;
    await runScenario(cmds, seed, (o, h) => {
      const command = commands[i++ % commands.length]!;
      const label = `after ${o.label}: ${JSON.stringify(command, (_k, v: unknown) => (v instanceof Map ? [...v] : v))}`;
      let d;
      try {
        d = decide(command, h.state, probe(h));
      } catch (e) {
        throw new Error(`decide threw on ${label}: ${String(e)}`);
      }
      if (d.error) {
        expect(d.error.code === 'model_bug' ? render(d.error) : '', label).toBe('');
        // a refusal renders as the engine's text: not empty, no trailing newline (the CLI adds it)
        expect(render(d.error), label).toMatch(/^\S[^]*[^\n]$/);
      }
      const real = h.strata.execute(command);
      expect(real.error?.code, label).toBe(d.error?.code);
      expect(invariants.check(h.state), label).toEqual([]);
    });
  });
  await fc.assert(property, { numRuns: RUNS });
});
