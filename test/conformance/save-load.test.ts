/**
 * save and load against real tools: archives strata writes load into the engine with the same ids,
 * archives the engine writes load into strata with the same ids, history and parents, and strata's
 * OCI layout is read by skopeo and unpacked by umoci to the model's own view of the image.
 * Both sides start from the same busybox rootfs tar; file trees are compared without times.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tree, treeLines } from '../../src/conformance/tars.js';
import { lowerStack } from '../../src/container/runtime.js';
import * as table from '../../src/core/table.js';
import type { Change } from '../../src/layer/changeset.js';
import { sha256 } from '../../src/layer/digest.js';
import { writeTar } from '../../src/layer/tar-write.js';
import { walk } from '../../src/layer/union.js';
import { cleanup, describeEngine, docker, ensureBaseImage } from '../support/engine.js';
import { BASE_TAR, StrataCli } from '../support/scenario.js';

const P = 'cf-sl-';
const INSPECT = ['image', 'inspect', '-f', '{{.Id}} {{json .RootFS.Layers}} {{.Parent}}'];
const HISTORY = ['history', '--no-trunc', '--format', '{{.ID}}|{{.CreatedBy}}|{{.Size}}|{{.Comment}}'];
const TOOLS = existsSync('/usr/bin/skopeo') && existsSync('/usr/bin/umoci');

let dir = '';
let cli: StrataCli;

interface Out {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

function ok(r: Out, what: string): string {
  expect(r.exitCode, `${what}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

const model = async (args: string[], input?: Uint8Array, on: StrataCli = cli): Promise<string> => ok(await on.run(args, input), `strata ${args.join(' ')}`);
const engine = async (args: string[]): Promise<string> => ok(await docker(args), `docker ${args.join(' ')}`);

/** The tree a container created from `image` exports, on one side (the model: `on`). */
async function exported(side: 'engine' | 'model', image: string, name: string, on: StrataCli = cli): Promise<unknown> {
  const file = join(dir, `${side}-${name}.tar`);
  const run = side === 'engine' ? engine : (args: string[]) => model(args, undefined, on);
  await run(['create', '--name', name, image, 'true']);
  await run(['export', '-o', file, name]);
  await run(['rm', name]);
  return tree(readFileSync(file));
}

/** The model's union view of an image (its layers only, no init layer). */
function imageView(ref: string): string[] {
  return cli.withState((s) => {
    const id = table.get(s.state.tags, ref);
    const img = id && table.get(s.state.images, id);
    if (!img) throw new Error(`no image ${ref} in the model`);
    return treeLines(walk(lowerStack(s.state, img.chain.at(-1) ?? null)));
  });
}

/** A directory tree on disk (what umoci unpacked), in treeLines' form. */
function diskView(root: string): string[] {
  const entries: [string, Change][] = [];
  const visit = (rel: string): void => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const st = lstatSync(join(root, path));
      const mode = st.mode & 0o7777;
      if (st.isSymbolicLink()) entries.push([path, { type: 'symlink', mode: 0o777, mtime: 0, target: readlinkSync(join(root, path)) }]);
      else if (st.isDirectory()) {
        entries.push([path, { type: 'dir', mode, mtime: 0 }]);
        visit(path);
      } else {
        const data = readFileSync(join(root, path));
        entries.push([path, { type: 'file', mode, mtime: 0, size: data.length, digest: sha256(data) }]);
      }
    }
  };
  visit('');
  return treeLines(entries);
}

function context(name: string, files: Record<string, string>): string {
  const ctx = join(dir, name);
  mkdirSync(ctx, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(ctx, path), content);
  return ctx;
}

const DOCKERFILE = (base: string): string =>
  [`FROM ${base}`, 'RUN echo built > /b.txt && rm /bin/mv', 'COPY f.txt /data/f.txt', 'ENV X=1', 'WORKDIR /data', 'RUN ln -s /b.txt /data/link', 'CMD ["cat", "/b.txt"]', ''].join('\n');
const SCRIPT = 'mkdir -p /data && echo made > /data/m.txt && rm /bin/cp && ln -s /data/m.txt /link';

describeEngine('save and load between strata, the engine, skopeo and umoci', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'strata-save-load-'));
    cli = new StrataCli();
    await cleanup(P);
    const ctx = context('ctx', { Dockerfile: DOCKERFILE(`${P}base:1`), 'f.txt': 'context file\n' });
    const ectx = context('ectx', { Dockerfile: DOCKERFILE(`${P}ebase:1`), 'f.txt': 'context file\n' });
    // the model's images
    await model(['import', '-', `${P}base:1`], BASE_TAR);
    await model(['run', '--name', `${P}c1`, `${P}base:1`, 'sh', '-c', SCRIPT]);
    await model(['commit', '-m', 'made here', `${P}c1`, `${P}commit:1`]);
    await model(['build', '-q', '-t', `${P}built:1`, ctx]);
    // the engine's
    await ensureBaseImage(BASE_TAR, `${P}ebase:1`);
    await engine(['run', '--network', 'none', '--name', `${P}ec1`, `${P}ebase:1`, 'sh', '-c', SCRIPT]);
    await engine(['commit', '-m', 'made there', `${P}ec1`, `${P}ecommit:1`]);
    await engine(['rm', `${P}ec1`]); // the images are removed and loaded again below
    await engine(['build', '-q', '-t', `${P}ebuilt:1`, ectx]);
  }, 120_000);

  afterAll(async () => {
    await cleanup(P);
    cli.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an archive strata saved loads into the engine with the same ids and DiffIDs, and containers there see the model’s files', async () => {
    const archive = join(dir, 'model.tar');
    const refs = [`${P}base:1`, `${P}commit:1`, `${P}built:1`];
    await model(['save', '-o', archive, ...refs]);
    // the model writes images in the order they were asked for, so the engine loads them in that order
    expect(await engine(['load', '-i', archive])).toBe(refs.map((r) => `Loaded image: ${r}\n`).join(''));
    const baseId = (await model(['image', 'inspect', '-f', '{{.Id}}', `${P}base:1`])).trim();
    for (const ref of refs) {
      const [id, layers, parent] = (await engine([...INSPECT, ref])).trim().split(' ');
      const [mid, mlayers] = (await model([...INSPECT, ref])).trim().split(' ');
      expect(id, ref).toBe(mid);
      expect(layers, ref).toBe(mlayers);
      // a parent is linked only when it came in the same archive: base for the commit, none for the build
      expect(parent ?? '', ref).toBe(ref === `${P}commit:1` ? baseId : '');
      const rows = (h: string): string[] => h.trim().split('\n').map((l) => l.split('|').slice(1).join('|'));
      expect(rows(await engine([...HISTORY, ref])), ref).toEqual(rows(await model([...HISTORY, ref])));
      // and the engine, saving it again, writes what strata writes
      const [e, m] = [join(dir, 'back-engine.tar'), join(dir, 'back-model.tar')];
      await engine(['save', '-o', e, ref]);
      await model(['save', '-o', m, ref]);
      expect(readFileSync(e).equals(readFileSync(m)), `save ${ref}: the same bytes`).toBe(true);
    }
    expect(await exported('engine', `${P}commit:1`, `${P}x1`)).toEqual(await exported('model', `${P}commit:1`, `${P}x1`));
    expect(await exported('engine', `${P}built:1`, `${P}x2`)).toEqual(await exported('model', `${P}built:1`, `${P}x2`));
    expect(await engine(['run', '--rm', '--network', 'none', `${P}built:1`])).toBe('built\n');
  }, 120_000);

  it('an archive the engine saved loads into strata with its ids, history rows, parents and files', async () => {
    const archive = join(dir, 'engine.tar');
    const refs = [`${P}ebase:1`, `${P}ecommit:1`, `${P}ebuilt:1`];
    await engine(['save', '-o', archive, ...refs]);
    const manifest = JSON.parse(execFileSync('tar', ['-xOf', archive, 'manifest.json']).toString()) as { RepoTags: string[] }[];
    // the engine orders images by a Go map walk; load follows the manifest
    const expected = manifest.flatMap((m) => m.RepoTags.map((t) => `Loaded image: ${t}\n`)).join('');
    const fresh = new StrataCli();
    try {
      expect(ok(await fresh.run(['load', '-i', archive]), 'strata load')).toBe(expected);
      // what the engine itself has after loading the archive into an empty store
      await engine(['rmi', ...refs]);
      expect(await engine(['load', '-i', archive])).toBe(expected);
      for (const ref of refs) {
        expect(ok(await fresh.run([...INSPECT, ref]), ref), ref).toBe(await engine([...INSPECT, ref]));
        expect(ok(await fresh.run([...HISTORY, ref]), ref), ref).toBe(await engine([...HISTORY, ref]));
        // one image at a time (no Go map order), no DiffID twice (no link stamped with the save's
        // time): both sides write the very same bytes
        const [e, m] = [join(dir, 'again-engine.tar'), join(dir, 'again-model.tar')];
        await engine(['save', '-o', e, ref]);
        ok(await fresh.run(['save', '-o', m, ref]), `strata save ${ref}`);
        expect(readFileSync(m).equals(readFileSync(e)), `save ${ref}: the same bytes`).toBe(true);
      }
      for (const [i, ref] of [`${P}ecommit:1`, `${P}ebuilt:1`].entries()) {
        expect(await exported('model', ref, `${P}y${i}`, fresh), ref).toEqual(await exported('engine', ref, `${P}y${i}`));
      }
    } finally {
      fresh.dispose();
    }
  }, 120_000);

  it('an imported whiteout that has contents is kept nowhere, so neither side can save its image', async () => {
    const tar = writeTar([
      { name: 'keep.txt', type: 'file', mode: 0o644, mtime: 0, data: new TextEncoder().encode('kept\n') },
      { name: '.wh.gone', type: 'file', mode: 0o644, mtime: 0, data: new TextEncoder().encode('hello\n') },
    ]);
    const ref = `${P}wh:1`;
    await model(['import', '-', ref], tar);
    expect((await docker(['import', '-', ref], { input: tar })).exitCode).toBe(0);
    const e = await docker(['save', '-o', join(dir, 'wh-engine.tar'), ref]);
    const m = await cli.run(['save', '-o', join(dir, 'wh-model.tar'), ref]);
    // the engine's data root and its random cache id; the model's own
    const masked = (t: string): string => t.replace(/open \S*\/overlay2\/[0-9a-f]{64}\//, 'open <data-root>/overlay2/<cache-id>/');
    expect([m.exitCode, masked(m.stderr)]).toEqual([e.exitCode, masked(e.stderr)]);
    expect(masked(m.stderr)).toBe('Error response from daemon: open <data-root>/overlay2/<cache-id>/diff/.wh.gone: no such file or directory\n');
  });

  const oci = 'strata save --format oci is read by skopeo, unpacked by umoci to the model’s view, and loaded by the engine';
  it.skipIf(!TOOLS)(TOOLS ? oci : `${oci} (skipped: /usr/bin/skopeo and /usr/bin/umoci are not installed; .ci/run installs them)`, async () => {
    const archive = join(dir, 'oci.tar');
    const ref = `${P}commit:1`;
    await model(['save', '--format', 'oci', '-o', archive, ref]);
    const [id, layers] = (await model([...INSPECT, ref])).trim().split(' ');
    const inspected = JSON.parse(execFileSync('skopeo', ['inspect', `oci-archive:${archive}:1`]).toString()) as { Layers: string[] };
    expect(JSON.stringify(inspected.Layers)).toBe(layers);
    const config = execFileSync('skopeo', ['inspect', '--raw', '--config', `oci-archive:${archive}:1`]);
    expect(sha256(config)).toBe(id);

    const layout = join(dir, 'layout');
    mkdirSync(layout);
    execFileSync('tar', ['-xf', archive, '-C', layout]);
    const bundle = join(dir, 'bundle');
    execFileSync('umoci', ['unpack', '--image', `${layout}:1`, bundle]);
    expect(diskView(join(bundle, 'rootfs'))).toEqual(imageView(ref));

    expect(await engine(['load', '-i', archive])).toBe(`Loaded image: ${ref}\n`);
    expect((await engine([...INSPECT, ref])).split(' ')[0]).toBe(id);
  }, 120_000);

  const skopeo = 'strata load --format oci reads an OCI layout skopeo made from an engine archive: the layout’s config, the engine’s DiffIDs';
  it.skipIf(!TOOLS)(TOOLS ? skopeo : `${skopeo} (skipped: /usr/bin/skopeo is not installed; .ci/run installs it)`, async () => {
    const ref = `${P}ecommit:1`;
    const archive = join(dir, 'for-skopeo.tar');
    await engine(['save', '-o', archive, ref]);
    const layout = join(dir, 'skopeo-oci.tar');
    execFileSync('skopeo', ['copy', '--quiet', `docker-archive:${archive}:${ref}`, `oci-archive:${layout}:${ref}`]);
    const fresh = new StrataCli();
    try {
      // without --format oci, the engine's own answer: 20.10 takes `blobs` for a pre-1.10 image directory
      const plain = await fresh.run(['load', '-i', layout]);
      expect([plain.exitCode, plain.stderr.replace(/docker-import-\d+/, 'docker-import-N')]).toEqual([1, 'open /var/lib/docker/tmp/docker-import-N/blobs/json: no such file or directory\n']);
      expect(ok(await fresh.run(['load', '--format', 'oci', '-i', layout]), 'strata load --format oci')).toBe(`Loaded image: ${ref}\n`);
      // skopeo writes the config anew for the OCI layout (so another image id), and keeps the layers
      const config = execFileSync('skopeo', ['inspect', '--raw', '--config', `oci-archive:${layout}:${ref}`]);
      const [id, layers] = ok(await fresh.run([...INSPECT, ref]), ref).split(' ');
      expect(id).toBe(sha256(config));
      expect(layers).toBe((await engine([...INSPECT, ref])).split(' ')[1]);
    } finally {
      fresh.dispose();
    }
  }, 120_000);
});
