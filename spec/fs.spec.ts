/** Filesystem views: export, import of an export, diff — each against an independent oracle. */
import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import * as table from '../src/core/table.js';
import { containerBase } from '../src/container/runtime.js';
import { diff } from '../src/layer/diff.js';
import { sha256 } from '../src/layer/digest.js';
import { readLayerTar } from '../src/layer/tar-read.js';
import { lookup, walk } from '../src/layer/union.js';
import { Harness, type Observation, containerStack, containersOf, exportTar, orphanImport, runScenario, scenario, scriptIndex, seedArb } from './arbitraries.js';
import { invariants } from '../src/testing/invariants.js';
import { scenarioProperty } from './branches.js';
import { type ViewNode, expectedDiff, flatten, plain, viewDifferences } from './oracles.js';
import { render } from '../src/core/errors.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 40);

/** The containers a step touched (its target, and the one it created), as they are after it. */
function touched(o: Observation): string[] {
  const ids = new Set<string>();
  if (o.container) ids.add(o.container.id);
  const created = o.decision?.reply.id;
  if (created && !created.startsWith('sha256:')) ids.add(created);
  return [...ids].filter((id) => table.get(o.after.containers, id));
}

/*
 * Property 7. "Tar (uncompressed) of the container's whole mounted rootfs (all layers flattened + RW), no
 * whiteouts" (docs/rules.md ARCH-7: daemon/export.go); "export = flattened merged view (no whiteouts,
 * deleted files absent) plus init-layer artefacts" (observed on Docker 20.10). The union is the
 * overlay's: whiteouts, opaque directories and non-directories hide what is below; an entry's parents
 * exist (docs/rules.md LAYER-4, LAYER-5: image-spec layer.md; src/layer/tar-read.ts: "other missing parents are created 0755 by
 * the engine"). Checked: (a) `walk` of the container's stack equals the oracle `flatten`; (b) the export
 * tar, read back with readLayerTar, holds exactly `walk`'s entries, with no whiteout or opaque marker.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[LAYER-4, ARCH-7] export is the flattened union view', async (cmds, seed) => {
  const pending: Promise<void>[] = [];
  await runScenario(cmds, seed, (o, h) => {
    expect(invariants.check(o.after), o.label).toEqual([]);
    for (const id of touched(o)) {
      const c = table.get(o.after.containers, id)!;
      const stack = containerStack(o.after, c);
      const view = [...walk(stack)];
      const oracle = flatten(stack);
      expect(viewDifferences(view, oracle), `${o.label}: walk of ${c.name} vs the union oracle`).toEqual([]);
      // lookup (what processes see) agrees with the same view on every path any layer names
      const named = new Set(stack.flatMap((cs) => [...cs.keys()]));
      const looked = [...named].flatMap((p): [string, ViewNode][] => {
        const n = lookup(stack, p);
        return n ? [[p, n]] : [];
      });
      expect(viewDifferences(looked, new Map([...oracle].filter(([p]) => named.has(p)))), `${o.label}: lookup in ${c.name} vs the union oracle`).toEqual([]);
      const tar = exportTar(h.strata, c);
      pending.push(
        readLayerTar(tar).then((back) => {
          if ('code' in back) throw new Error(`${o.label}: export of ${c.name} unreadable: ${render(back.error)}`);
          const entries = [...back.changes];
          expect(entries.filter(([, ch]) => ch.type === 'whiteout' || (ch.type === 'dir' && ch.opaque)), o.label).toEqual([]);
          expect(Object.fromEntries(entries), `${o.label}: export of ${c.name} read back`).toEqual(Object.fromEntries(view.map(([p, n]) => [p, n.type === 'dir' ? { ...n, opaque: undefined } : n])));
        }),
      );
    }
  });
  await Promise.all(pending);
});

/*
 * Property 8. "import always yields exactly 1 layer, no Parent, empty config unless --change"
 * (observed on Docker 20.10; docs/rules.md ARCH-6: daemon/images/image_import.go), and the layer is the
 * tar: DiffID = sha256 of the uncompressed tar (ID-1). So importing an export gives one layer whose view is the
 * container's view at export time.
 */
scenarioProperty('[ARCH-6] import of an export gives one layer with the same view', RUNS, ['an export imported'], async (hit, cmds, seed) => {
  await runScenario(cmds, seed, (o) => {
    if (o.step.kind !== 'import_export' || !o.exported || !o.decision || o.decision.error) return;
    hit('an export imported');
    const img = table.get(o.after.images, o.decision.reply.id!)!;
    expect(img.parent, o.label).toBeNull();
    expect(img.config.rootfs.diff_ids, o.label).toEqual([sha256(o.exported.tar)]);
    expect(img.chain.length, o.label).toBe(1);
    const layer = table.get(o.after.layers, img.chain[0]!)!;
    expect(layer.parent, o.label).toBeNull();
    // the opaque flag belongs to a layer (it hides what is below), not to a view: compare without it
    const viewOf = (v: Iterable<readonly [string, ViewNode]>): object => Object.fromEntries([...v].map(([p, n]) => [p, plain(n)]));
    expect(viewOf(walk([layer.changes])), o.label).toEqual(viewOf(o.exported.view));
  });
});

/*
 * Property 9. docker diff, by the rules in src/layer/diff.ts's header (docs/rules.md LAYER-6: observed on
 * Docker 20.10; daemon/changes.go): a whiteout is D (a deleted directory is one entry); a path the image does
 * not have is A; a file or symlink the image has is C even for a metadata-only change; a directory the
 * image has is C only when something below it changed or it was deleted and recreated (then the image's
 * entries under it are D). The oracle (oracles.ts expectedDiff) computes this from the image view before
 * and the container view after (plus which paths the RW layer holds), not from the RW layer's entries.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[LAYER-6] diff lists exactly the A/C/D entries of the views', async (cmds, seed) => {
  await runScenario(cmds, seed, (o) => {
    for (const c of containersOf(o.after)) {
      const base = containerBase(o.after, c);
      const expected = expectedDiff(c.rw, flatten(base), flatten([c.rw, ...base]));
      expect(diff(c.rw, base), `${o.label}: diff of ${c.name}`).toEqual(expected);
    }
  });
});

/*
 * Property 7b. The same rule as property 7 for an imported tar that holds `orphan/child` but no
 * `orphan/` entry — a legal tar (`tar cf x.tar orphan/child`). The engine's untar creates the missing
 * parent (pkg/archive Unpack MkdirAll), so the engine's export and diff show /orphan and /orphan/child;
 * the model's layer holds that directory too (src/layer/tar-read.ts), so `walk` reaches the file.
 * (This property found the bug: the reader used to leave the parent out of the changeset.)
 */
test.prop([orphanImport], { numRuns: 10 })('[LAYER-5] export of an image imported from a tar without parent entries is its union view', async (step) => {
  const h = await Harness.create(1);
  const imported = await h.run(step);
  expect(imported.decision?.error).toBeUndefined();
  const created = await h.run({ kind: 'create', detach: false, image: { i: 0, form: 1, ghost: 'orphan:1' }, name: null, script: scriptIndex(['sh', '-c', 'echo x > /f']), restart: 'no', max: 0, autoRemove: false });
  const c = table.get(h.state.containers, created.decision!.reply.id!)!;
  const stack = containerStack(h.state, c);
  expect(viewDifferences(walk(stack), flatten(stack))).toEqual([]);
});
