/**
 * The classic builder (issue 4): `docker build` as run/change/commit per instruction, its cache, its
 * intermediate containers and images, its failures, and its log — over generated Dockerfiles and
 * in-memory contexts (spec/build-arbitraries.ts), against an independent oracle of each step.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import * as table from '../src/core/table.js';
import { replay } from '../src/evolve.js';
import type { Digest } from '../src/layer/changeset.js';
import { decodeLog, encodeLog } from '../src/log/codec.js';
import { statusOf, type State } from '../src/state.js';
import type { Strata } from '../src/strata.js';
import { listImages } from '../src/view/images.js';
import { containersOf, imagesOf, seedArb } from './arbitraries.js';
import {
  type BuildCase,
  build,
  caseArb,
  chainOf,
  configOf,
  copyCaseArb,
  ctxArb,
  DEFAULT_FLAGS,
  dockerfileText,
  engine,
  expected,
  failingCaseArb,
  flagsArb,
  hitCache,
  imageView,
  type Instr,
  instrArb,
  keysOf,
  type OracleStep,
  sanitize,
  scriptOf,
  short,
  streamSteps,
  type View,
  withChangedFile,
} from './build-arbitraries.js';
import { invariants } from '../src/testing/invariants.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 25);

const sorted = (v: View): Record<string, unknown> => Object.fromEntries([...v].sort(([a], [b]) => (a < b ? -1 : 1)));
const baseId = (s: State): string => table.get(s.tags, 'base:1')!;
const tags = (s: State): string[] => [...table.entries(s.tags)].map(([k, v]) => `${k} ${v}`).sort();

/** The engine's state, by what a build may add: images, layers, containers (and tags). */
const inventory = (s: State): Record<string, string[]> => ({ images: keysOf(s.images), layers: keysOf(s.layers), containers: keysOf(s.containers), tags: tags(s) });

/** A build that must succeed: its id, or a failure showing the Dockerfile and the stream. */
function built(strata: Strata, c: BuildCase, tag: readonly string[], flags = DEFAULT_FLAGS): { id: string; stream: string } {
  const d = build(strata, c, tag, flags);
  const stream = d.reply.stream ?? '';
  expect(d.error, `${dockerfileText(c.instrs)}\n${stream}`).toBeUndefined();
  return { id: d.reply.id!, stream };
}

/** Index (among the instructions) of the first step that must miss after `changed`: the changed step, or a COPY of a changed file. */
const firstMiss = (steps: readonly OracleStep[], changed: (i: number) => boolean, files: readonly string[]): number => {
  const i = steps.findIndex((st, j) => changed(j) || files.some((f) => st.copied.has(f)));
  return i < 0 ? steps.length : i;
};

/** The image a step of the stream ends with: its last ` ---> <id12>` line. */
const resultOf = (step: string): string | undefined => [...step.matchAll(/^ ---> ([0-9a-f]{12})$/gm)].at(-1)?.[1];

/**
 * Every non-FROM step hits the cache before `miss` and misses from it on; with `ids` (the images of
 * the chain, the base first), every step, FROM included, ends with ` ---> <id12>` of its image.
 */
function expectCacheLines(stream: string, n: number, miss: number, label: string, ids?: readonly string[]): void {
  const steps = streamSteps(stream);
  expect(steps.length, `${label}\n${stream}`).toBe(1 + n);
  steps.slice(1).forEach((st, i) => expect(hitCache(st), `step ${i + 2} of\n${label}\n${stream}`).toBe(i < miss));
  if (ids) steps.forEach((st, i) => expect(resultOf(st), `step ${i + 1} of\n${label}\n${stream}`).toBe(short(ids[i]!)));
}

/*
 * Rule 1. "Each other instruction yields a NEW image whose parent is the previous image" with the
 * container's change committed on it (docs/rules.md BUILD-1: builder/dockerfile/evaluator.go, dispatchers.go;
 * observed on Docker 20.10: "Layers=5: base + RUN echo + RUN rm (.wh.tmp.txt) + WORKDIR /app + COPY", "Cmd=… WorkingDir=/app
 * Labels=… Env=[PATH…, GREETING=hi] (builder injected default PATH because base had no Env)";
 * "ENTRYPOINT resets Cmd to nil unless a CMD was set earlier in the same stage"). So a build is the
 * fold of run/change/commit: the union view of every step's image (its layer stack read top-down)
 * and its config are what an independent interpreter of the instructions over a plain Map gives.
 */
test.prop([caseArb(), flagsArb, seedArb], { numRuns: RUNS })('[BUILD-1] build is the fold of run/change/commit: every step image’s union view and config are the oracle’s', async (c, flags, seed) => {
  const strata = await engine(seed);
  const steps = expected(strata, c);
  const { id } = built(strata, c, ['out:1'], flags);
  const s = strata.state;
  const chain = chainOf(s, id);
  const label = dockerfileText(c.instrs);
  expect(chain[0]!.id, label).toBe(baseId(s));
  expect(chain.length, label).toBe(1 + c.instrs.length);
  chain.slice(1).forEach((img, i) => {
    const want = steps[i]!;
    expect(sorted(imageView(strata, s, img)), `view after step ${i + 2} of\n${label}`).toEqual(sorted(want.view));
    expect(configOf(img), `config after step ${i + 2} of\n${label}`).toEqual(want.config);
  });
});

/*
 * Rule 2. "a layer is added iff the step's container diff is non-empty (RUN with no writes → no layer;
 * RUN rm → whiteout layer of size 0B; WORKDIR creating a dir → layer). Metadata-only steps →
 * empty_layer" (observed on Docker 20.10); "Its RW diff is empty -> empty tar -> `empty_layer:
 * true`, diff_ids unchanged"; "`empty_layer` is decided by CONTENT" (docs/rules.md BUILD-2:
 * builder/dockerfile/internals.go). Whether a step's upper layer ends empty is the oracle's overlay2 bookkeeping; every step
 * adds one history entry, so history = instructions after FROM + the base's.
 */
test.prop([caseArb(), flagsArb, seedArb], { numRuns: RUNS })('[BUILD-2] a layer is added exactly for the steps whose change is non-empty; the others add an empty_layer history entry', async (c, flags, seed) => {
  const strata = await engine(seed);
  const steps = expected(strata, c);
  const baseLayers = keysOf(strata.state.layers).length;
  const { id } = built(strata, c, ['out:1'], flags);
  const s = strata.state;
  const chain = chainOf(s, id);
  const label = dockerfileText(c.instrs);
  const baseHistory = chain[0]!.config.history.length;
  expect(chain.at(-1)!.config.history.length, label).toBe(baseHistory + c.instrs.length);
  chain.slice(1).forEach((img, i) => {
    const prev = chain[i]!;
    const empty = steps[i]!.emptyLayer;
    const at = `step ${i + 2} of\n${label}`;
    expect(img.config.history.slice(0, -1), at).toEqual(prev.config.history);
    expect(img.config.history.at(-1)!.empty_layer === true, at).toBe(empty);
    expect(img.config.rootfs.diff_ids.slice(0, prev.config.rootfs.diff_ids.length), at).toEqual(prev.config.rootfs.diff_ids);
    expect(img.config.rootfs.diff_ids.length, at).toBe(prev.config.rootfs.diff_ids.length + (empty ? 0 : 1));
    expect(img.chain.length, at).toBe(prev.chain.length + (empty ? 0 : 1));
  });
  expect(keysOf(s.layers).length, label).toBe(baseLayers + steps.filter((st) => !st.emptyLayer).length);
});

/*
 * Rule 3. "Rebuild unchanged: every step after FROM prints ' ---> Using cache' then ' ---> <same id>';
 * 'Successfully built befe78ab9fba'" (observed on Docker 20.10); a hit adopts the cached image
 * ID (docs/rules.md BUILD-3: image/cache/cache.go), so nothing is created: no image, layer or container.
 */
test.prop([caseArb(), fc.boolean(), fc.boolean(), seedArb], { numRuns: RUNS })('[BUILD-3] rebuilding an unchanged context hits the cache on every step, gives the same image and adds nothing', async (c, rm1, rm2, seed) => {
  const strata = await engine(seed);
  const first = built(strata, c, ['out:1'], { ...DEFAULT_FLAGS, rm: rm1 });
  const before = inventory(strata.state);
  const second = built(strata, c, ['out:1'], { ...DEFAULT_FLAGS, rm: rm2 });
  const label = dockerfileText(c.instrs);
  expect(second.id, label).toBe(first.id);
  expectCacheLines(second.stream, c.instrs.length, c.instrs.length, label, chainOf(strata.state, first.id).map((img) => img.id));
  expect(inventory(strata.state), label).toEqual(before);
});

/*
 * Rule 4. "Change hello.txt content (v1→v2): steps 2-6 Using cache; Step 7 COPY rebuilt; Step 8 CMD
 * rebuilt" (observed on Docker 20.10); COPY probes with `#(nop) COPY <srchash> in <dest> ` and
 * "After the first miss in a stage, every later probe in that stage misses" (docs/rules.md BUILD-4).
 */
test.prop([copyCaseArb, seedArb], { numRuns: RUNS })('[BUILD-4] changing one COPY source file misses the cache from that COPY on and hits before it', async ({ c, file }, seed) => {
  const strata = await engine(seed);
  const steps = expected(strata, c);
  const first = built(strata, c, ['out:1']);
  const changed = withChangedFile(c, file);
  const second = built(strata, changed, ['out:1']);
  const miss = firstMiss(steps, () => false, [file]);
  const label = `${dockerfileText(c.instrs)}(changed ${file})`;
  expect(miss, label).toBeLessThan(c.instrs.length);
  expectCacheLines(second.stream, c.instrs.length, miss, label);
  expect(second.id, label).not.toBe(first.id);
});

/*
 * Rule 4b. "Change ENV value (step 3): step 2 cached, steps 3..8 rebuilt" (observed on Docker
 * 20.10): the cache compares Env, ordered (docs/rules.md BUILD-4: image/cache/compare.go). The Dockerfile is in the
 * context too, so a `COPY .` before the changed step misses as well (its hash covers the Dockerfile).
 */
const envCaseArb = ctxArb.chain((ctx) =>
  fc
    .record({
      before: fc.array(instrArb(ctx), { maxLength: 4 }),
      key: fc.constantFrom('A', 'B'),
      values: fc.uniqueArray(fc.constantFrom('v1', 'v2', 'z9'), { minLength: 2, maxLength: 2 }),
      after: fc.array(instrArb(ctx), { maxLength: 4 }),
    })
    .map(({ before, key, values, after }) => {
      const env = (value: string): Instr => ({ kind: 'ENV', key, value, legacy: false });
      const a = sanitize([...before, env(values[0]!), ...after]);
      return { a: { ctx, instrs: a }, b: { ctx, instrs: a.map((x, i) => (i === before.length ? env(values[1]!) : x)) }, at: before.length };
    }),
);
test.prop([envCaseArb, seedArb], { numRuns: RUNS })('[BUILD-4] changing an ENV value misses the cache from that step on and hits before it', async ({ a, b, at }, seed) => {
  const strata = await engine(seed);
  const steps = expected(strata, a);
  built(strata, a, ['out:1']);
  const second = built(strata, b, ['out:1']);
  expectCacheLines(second.stream, a.instrs.length, firstMiss(steps, (i) => i === at, ['Dockerfile']), `${dockerfileText(a.instrs)}(then)\n${dockerfileText(b.instrs)}`);
});

/*
 * Rule 5. "docker images → ob-build 1 (intermediates hidden); docker images -a → also 6 `<none> <none>`
 * intermediate images; images -f dangling=true → intermediates NOT listed (they have children)"
 * (observed on Docker 20.10); "an image with no tags/digests is shown only if it has no children
 * or `-a` is given" (docs/rules.md RMI-6: daemon/images/image_list.go). "No containers remain after
 * success"; "--rm=false: leftover containers: RUN step → exited ExitCode 0 … ENV step → created (never
 * started)" (observed), "each has the built image as its parent image" (docs/rules.md BUILD-5); COPY
 * creates no container (observed).
 */
test.prop([caseArb({ minLength: 1 }), fc.boolean(), seedArb], { numRuns: RUNS })('[BUILD-5, RMI-6] intermediate images are hidden from images and shown by images -a; --rm leaves no container, --rm=false every step’s', async (c, rm, seed) => {
  const strata = await engine(seed);
  const steps = expected(strata, c);
  const { id, stream } = built(strata, c, ['out:1'], { ...DEFAULT_FLAGS, rm });
  const s = strata.state;
  const chain = chainOf(s, id);
  const label = dockerfileText(c.instrs);
  const rows = (all: boolean, filters: string[] = []): string[] => {
    const r = listImages(s, { all, filters });
    if (!Array.isArray(r)) throw new Error(`images: ${r.code}`);
    return r.map((row) => `${row.repo}:${row.tag} ${row.image.id}`).sort();
  };
  expect(rows(false), label).toEqual([`base:1 ${baseId(s)}`, `out:1 ${id}`].sort());
  expect(rows(false, ['dangling=true']), label).toEqual([]);
  const intermediates = chain.slice(1, -1).map((img) => `<none>:<none> ${img.id}`);
  expect(rows(true), label).toEqual([`base:1 ${baseId(s)}`, `out:1 ${id}`, ...intermediates].sort());

  // each step: ` ---> Running in <id12>` for a container, `Removing intermediate container <id12>`
  // when --rm removes it, then ` ---> <image id12>`; COPY runs no container (BUILD-5)
  const segments = streamSteps(stream);
  expect(segments.length, label).toBe(1 + c.instrs.length);
  segments.forEach((seg, i) => expect(resultOf(seg), `step ${i + 1} of\n${label}\n${stream}`).toBe(short(chain[i]!.id)));
  segments.slice(1).forEach((seg, i) => {
    const running = /^ ---> Running in ([0-9a-f]{12})$/m.exec(seg)?.[1];
    const removed = /^Removing intermediate container ([0-9a-f]{12})$/m.exec(seg)?.[1];
    const at = `step ${i + 2} of\n${label}\n${stream}`;
    expect(running !== undefined, at).toBe(steps[i]!.container);
    expect(removed, at).toBe(rm ? running : undefined);
  });

  const containers = containersOf(s);
  if (rm) {
    expect(containers, label).toEqual([]);
    return;
  }
  const stepsWithContainers = steps.flatMap((st, i) => (st.container ? [i] : []));
  expect(containers.length, label).toBe(stepsWithContainers.length);
  containers.forEach((ct, j) => {
    const i = stepsWithContainers[j]!;
    const at = `container of step ${i + 2} of\n${label}`;
    expect(ct.image, at).toBe(chain[i]!.id);
    expect(segments[i + 1], at).toContain(` ---> Running in ${short(ct.id)}\n`);
    expect(statusOf(ct.state), at).toBe(c.instrs[i]!.kind === 'RUN' ? 'exited' : 'created');
    expect(ct.state.exitCode, at).toBe(0);
  });
});

/*
 * Rule 6. "Prune: if prune and the deleted image had a parent, recurse on the parent … parents are
 * removed while untagged, childless and unused; the first conflict stops silently. Hence `docker rmi
 * <built image>` also removes the classic builder's intermediate images" (docs/rules.md RMI-4:
 * daemon/images/image_delete.go).
 * With a second build sharing a prefix of the first (through the cache), rmi of the first's tag
 * leaves exactly the ancestors of what stays tagged: the base and the second build's chain.
 */
const twoBuildsArb = ctxArb.chain((ctx) =>
  fc
    .record({ a: fc.array(instrArb(ctx), { maxLength: 6 }), k: fc.nat(6), tail: fc.array(instrArb(ctx), { maxLength: 3 }) })
    .map(({ a, k, tail }) => {
      const first = sanitize(a);
      return { a: { ctx, instrs: first }, b: { ctx, instrs: sanitize([...first.slice(0, k), ...tail]) } };
    }),
);
test.prop([twoBuildsArb, seedArb], { numRuns: RUNS })('[RMI-4] rmi of a built image’s tag removes its untagged intermediate chain down to what is still used, and nothing else', async ({ a, b }, seed) => {
  const strata = await engine(seed);
  built(strata, a, ['a:1']);
  const other = built(strata, b, ['b:1']);
  const before = strata.state;
  const label = `${dockerfileText(a.instrs)}(and b:1)\n${dockerfileText(b.instrs)}`;
  const d = strata.execute({ type: 'rmi', ref: 'a:1', force: false, prune: true });
  expect(d.error, label).toBeUndefined();
  const s = strata.state;
  const kept = new Set([...chainOf(before, other.id), ...chainOf(before, baseId(before))].map((img) => img.id));
  const removed = keysOf(before.images).filter((id) => !kept.has(id as Digest));
  expect(keysOf(s.images), label).toEqual([...kept].sort());
  expect(tags(s), label).toEqual([`b:1 ${other.id}`, `base:1 ${baseId(before)}`].sort());
  const deleted = (d.reply.deleted ?? []).flatMap((r) => ('deleted' in r ? [r.deleted] : []));
  expect(deleted.filter((x) => table.get(before.images, x) !== undefined).sort(), label).toEqual(removed);
  const layers = new Set([...table.values(s.images)].flatMap((img) => img.chain));
  expect(keysOf(s.layers), label).toEqual([...layers].sort());
  expect(invariants.check(s), label).toEqual([]);
});

/*
 * Rule 7. "RUN echo failing; exit 2 … returned a non-zero code: 2 [exit 2]; leftovers: failed
 * container (exited, ExitCode 2) KEPT; intermediate image (step 2) kept; tag not created"; "--force-rm
 * → no container left [exit 2]"; "--rm=false → failed container kept" (observed on Docker 20.10).
 * "`--rm` (default true): after each SUCCESSFUL instruction, that step's containers are force-removed
 * … On failure they are kept"; "--force-rm: removed after every instruction" (docs/rules.md BUILD-5, BUILD-6).
 */
test.prop([failingCaseArb, fc.boolean(), fc.boolean(), seedArb], { numRuns: RUNS })('[BUILD-6] a build failing in RUN exits with its code, keeps the failed container unless --force-rm and the intermediate images, and tags nothing', async ({ c, fail, code }, rm, forceRm, seed) => {
  const strata = await engine(seed);
  const steps = expected(strata, { ...c, instrs: c.instrs.slice(0, fail) });
  const d = build(strata, c, ['out:1'], { rm, forceRm, noCache: false });
  const s = strata.state;
  const label = `${dockerfileText(c.instrs)}${d.reply.stream ?? ''}`;
  expect(d.error, label).toMatchObject({ code: 'build_failed', exitCode: code });
  expect(tags(s), label).toEqual([`base:1 ${baseId(s)}`]);
  // one image per step before the failing one, each on the previous
  const images = imagesOf(s);
  expect(images.length, label).toBe(1 + fail);
  expect(chainOf(s, images.at(-1)!.id).map((img) => img.id), label).toEqual(images.map((img) => img.id));
  const last = images.at(-1)!.id;

  // the failing step's lines: its container removed (and said so) only with --force-rm (BUILD-6)
  const failing = streamSteps(d.reply.stream ?? '').at(-1) ?? '';
  expect(streamSteps(d.reply.stream ?? '').length, label).toBe(2 + fail);
  expect(failing.includes('Removing intermediate container '), label).toBe(forceRm);
  expect(d.reply.stream, label).not.toContain('Successfully built');

  const containers = containersOf(s);
  if (forceRm) {
    expect(containers, label).toEqual([]);
    return;
  }
  const kept = rm ? 1 : steps.filter((st) => st.container).length + 1;
  expect(containers.length, label).toBe(kept);
  const failed = containers.at(-1)!;
  expect(statusOf(failed.state), label).toBe('exited');
  expect(failed.state.exitCode, label).toBe(code);
  expect(failed.image, label).toBe(last);
  const run = c.instrs[fail]!;
  expect(failed.config.Cmd, label).toEqual(['/bin/sh', '-c', run.kind === 'RUN' ? scriptOf(run) : '']);
});

/*
 * Rule 8. A build "runs inside one decision, through the same container and image steps the other
 * commands use, so a build is replayed from the log like everything else" (src/build/build.ts);
 * state.ts: "only ever the projection of the event log". After builds (cached, changed, failing, with
 * every --rm/--force-rm/--no-cache) and rmi, replaying the log — also through its JSONL encoding —
 * gives the live state, and every command boundary is a sound state.
 */
type Action =
  | { readonly a: 'build'; readonly which: number; readonly change: number | null; readonly flags: { rm: boolean; forceRm: boolean; noCache: boolean }; readonly tag: string }
  | { readonly a: 'rmi'; readonly tag: string; readonly force: boolean };
const TAGS = ['x:1', 'x:2', 'y:1'] as const;
const sessionArb = ctxArb.chain((ctx) =>
  fc.record({
    cases: fc.array(fc.array(instrArb(ctx, fc.constantFrom(0, 0, 0, 0, 3)), { maxLength: 5 }).map((instrs): BuildCase => ({ ctx, instrs: sanitize(instrs) })), { minLength: 1, maxLength: 2 }),
    actions: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.record({ a: fc.constant('build' as const), which: fc.nat(1), change: fc.option(fc.nat(4)), flags: flagsArb, tag: fc.constantFrom(...TAGS) }) },
        { weight: 1, arbitrary: fc.record({ a: fc.constant('rmi' as const), tag: fc.constantFrom(...TAGS), force: fc.boolean() }) },
      ),
      { minLength: 1, maxLength: 6 },
    ),
  }),
);
test.prop([sessionArb, seedArb], { numRuns: RUNS })('[BUILD-7, STORE-1] replaying the log after builds gives the live state (also through JSONL)', async ({ cases, actions }, seed) => {
  const strata = await engine(seed);
  const labels: string[] = [];
  for (const act of actions as readonly Action[]) {
    if (act.a === 'build') {
      const base = cases[act.which % cases.length]!;
      const file = act.change === null ? undefined : base.ctx.files[act.change % base.ctx.files.length]!.path;
      const c = file === undefined ? base : withChangedFile(base, file);
      const d = build(strata, c, [act.tag], act.flags);
      labels.push(`build ${JSON.stringify(act.flags)} -t ${act.tag}${file ? ` (changed ${file})` : ''} -> ${d.error?.code ?? 'ok'}\n${dockerfileText(c.instrs)}`);
    } else {
      const d = strata.execute({ type: 'rmi', ref: act.tag, force: act.force, prune: true });
      labels.push(`rmi${act.force ? ' -f' : ''} ${act.tag} -> ${d.error?.code ?? 'ok'}`);
    }
    expect(invariants.check(strata.state), labels.join('\n')).toEqual([]);
  }
  const label = labels.join('\n');
  const log = strata.store.read().envelopes;
  expect(invariants.log(log), label).toEqual([]);
  expect(replay(log), label).toEqual(strata.state);
  expect(replay(decodeLog(encodeLog([log]))), label).toEqual(strata.state);
});
