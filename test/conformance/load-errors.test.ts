/**
 * docker load of bad archives, engine vs model: what is printed (stdout, stderr), the exit code, and
 * which images and tags exist afterwards. Each archive is a good one (saved by strata) with one thing
 * broken. The engine names its temporary directory under its data root; both sides' texts are
 * compared with that root spelled `/var/lib/docker` and the random directory number masked.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { walk } from '../../src/layer/tar-read.js';
import { type PlainEntry, writeTar } from '../../src/layer/tar-write.js';
import { gzipSync } from 'node:zlib';
import { cleanup, describeEngine, docker } from '../support/engine.js';
import { BASE_TAR, StrataCli } from '../support/scenario.js';
import { render } from '../../src/core/errors.js';

const P = 'cf-le-';
type Files = Map<string, PlainEntry>;

let good: Files = new Map();
let ids: { base: string; commit: string } = { base: '', commit: '' };
let root = '/var/lib/docker';
let layerDirs: string[] = [];

const utf8 = new TextEncoder();
const file = (name: string, data: string | Uint8Array): PlainEntry => ({ name, type: 'file', mode: 0o644, mtime: 0, data: typeof data === 'string' ? utf8.encode(data) : data });
const archive = (files: Files): Uint8Array => writeTar([...files.values()]);
const text = (f: Files, name: string): string => new TextDecoder().decode(f.get(name)?.data ?? new Uint8Array());

function edit(change: (f: Files) => void): Uint8Array {
  const f = new Map(good);
  change(f);
  return archive(f);
}

function manifest(f: Files, change: (m: Record<string, unknown>[]) => unknown): void {
  const m = JSON.parse(text(f, 'manifest.json')) as Record<string, unknown>[];
  f.set('manifest.json', file('manifest.json', `${JSON.stringify(change(m) ?? m)}\n`));
}

const mask = (s: string): string => s.replaceAll(root, '/var/lib/docker').replace(/docker-import-\d+/g, 'docker-import-N');

interface Seen {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** `id tag` of the test's images after the load */
  readonly images: string[];
}

async function images(list: () => Promise<string>): Promise<string[]> {
  const out = await list();
  return out
    .split('\n')
    .filter((l) => l !== '' && (l.includes(ids.base) || l.includes(ids.commit) || l.includes(` ${P}`) || l.includes(' x:')))
    .sort();
}

const FORMAT = ['images', '-a', '--no-trunc', '--format', '{{.ID}} {{.Repository}}:{{.Tag}}'];

async function engineLoad(bytes: Uint8Array): Promise<Seen> {
  const r = await docker(['load'], { input: bytes });
  const seen = { stdout: r.stdout, stderr: mask(r.stderr), exitCode: r.exitCode, images: await images(async () => (await docker(FORMAT)).stdout) };
  for (const id of [ids.commit, ids.base]) await docker(['rmi', '-f', id]);
  await docker(['rmi', 'x:1']);
  return seen;
}

async function modelLoad(bytes: Uint8Array): Promise<Seen> {
  const cli = new StrataCli();
  try {
    const r = await cli.run(['load'], bytes);
    return { stdout: r.stdout, stderr: mask(r.stderr), exitCode: r.exitCode, images: await images(async () => (await cli.run(FORMAT)).stdout) };
  } finally {
    cli.dispose();
  }
}

const CASES: readonly (readonly [string, () => Uint8Array])[] = [
  ['not a tar', () => utf8.encode('garbage\n')],
  ['empty input', () => new Uint8Array()],
  ['truncated inside a layer', () => {
    // the cut falls in the middle of the biggest layer's data, wherever the (id-named) entries sort
    const bytes = archive(good);
    const big = [...good.values()].reduce((a, b) => ((b.data?.length ?? 0) > (a.data?.length ?? 0) ? b : a));
    const at = Buffer.from(bytes).indexOf(Buffer.from(big.data!.subarray(0, 4096)));
    return bytes.subarray(0, at + Math.floor(big.data!.length / 2));
  }],
  ['no manifest.json, one layer directory without its layer.tar (the pre-1.10 path reads its json, then the missing layer)', () =>
    edit((f) => {
      f.delete('manifest.json');
      f.delete('repositories');
      // a directory whose json names no parent (the loader would go to the parent's directory first)
      const first = [...f.keys()].filter((k) => k.endsWith('/') && !text(f, `${k}json`).includes('"parent"')).sort()[0]!;
      for (const k of [...f.keys()]) if (k !== first && k !== `${first}json` && k !== `${first}VERSION`) f.delete(k);
    })],
  ['no manifest.json, no layer directories', () => archive(new Map([['foo', file('foo', 'x')]]))],
  ['only an empty repositories file (loads nothing, prints nothing)', () => archive(new Map([['repositories', file('repositories', '{}')]]))],
  ['only a repositories file naming a layer directory', () => archive(new Map([['repositories', file('repositories', `{"x":{"1":"${'ab'.repeat(32)}"}}`)]]))],
  ['manifest.json is not JSON', () => edit((f) => f.set('manifest.json', file('manifest.json', 'not json\n')))],
  ['manifest.json is an object', () => edit((f) => f.set('manifest.json', file('manifest.json', '{}')))],
  ['manifest.json is empty', () => edit((f) => f.set('manifest.json', file('manifest.json', '')))],
  ['an empty manifest', () => edit((f) => f.set('manifest.json', file('manifest.json', '[]')))],
  ['a config file is missing', () => edit((f) => f.delete(`${ids.commit}.json`))],
  ['a config is not JSON', () => edit((f) => f.set(`${ids.commit}.json`, file(`${ids.commit}.json`, 'not json')))],
  ['a config without rootfs', () => edit((f) => f.set(`${ids.commit}.json`, file(`${ids.commit}.json`, '{"architecture":"amd64","os":"linux","config":{}}')))],
  ['a Windows config', () => edit((f) => f.set(`${ids.commit}.json`, file(`${ids.commit}.json`, text(f, `${ids.commit}.json`).replace('"os":"linux"', '"os":"windows"'))))],
  ['a layer file is absent (the second entry fails, the first stays)', () => edit((f) => f.delete(`${layerDirs.at(-1)}/layer.tar`))],
  ['a layer whose DiffID does not match', () => edit((f) => f.set(`${layerDirs.at(-1)}/layer.tar`, file(`${layerDirs.at(-1)}/layer.tar`, gzipSync(BASE_TAR))))],
  ['a layer that is not a tar', () => edit((f) => f.set(`${layerDirs.at(-1)}/layer.tar`, file(`${layerDirs.at(-1)}/layer.tar`, 'not a tar at all\n')))],
  ['a gzip-compressed layer (accepted)', () => edit((f) => f.set(`${layerDirs.at(-1)}/layer.tar`, file(`${layerDirs.at(-1)}/layer.tar`, gzipSync(f.get(`${layerDirs.at(-1)}/layer.tar`)!.data!))))],
  ['a gzip-compressed archive (accepted)', () => gzipSync(archive(good))],
  ['more layers listed than the config has', () => edit((f) => manifest(f, (m) => void (m[1]!['Layers'] as string[]).push(`${layerDirs[0]}/layer.tar`)))],
  ['fewer layers listed than the config has', () => edit((f) => manifest(f, (m) => void (m[1]!['Layers'] as string[]).pop()))],
  ['a config path leaving the archive', () => edit((f) => manifest(f, (m) => void (m[0]!['Config'] = '../x.json')))],
  ['an absolute layer path', () => edit((f) => manifest(f, (m) => void ((m[1]!['Layers'] as string[])[1] = '/etc/passwd')))],
  ['a layer path climbing out', () => edit((f) => manifest(f, (m) => void ((m[1]!['Layers'] as string[])[1] = '../../x/layer.tar')))],
  ['a symlink pointing outside the archive', () =>
    edit((f) => {
      f.set('link', { name: 'link', type: 'symlink', mode: 0o777, mtime: 0, target: '/etc/passwd' });
      manifest(f, (m) => void ((m[1]!['Layers'] as string[])[1] = 'link'));
    })],
  ['a config path through a file (lstat of it: not a directory)', () => edit((f) => manifest(f, (m) => void (m[0]!['Config'] = `${ids.commit}.json/x.json`)))],
  ['a layer path through a file, the first layer of the second entry', () => edit((f) => manifest(f, (m) => void ((m[1]!['Layers'] as string[])[0] = `manifest.json/layer.tar`)))],
  ['a layer path through an absolute symlink to its directory, resolved inside the archive (accepted)', () =>
    edit((f) => {
      f.set('dir', { name: 'dir', type: 'symlink', mode: 0o777, mtime: 0, target: `/${layerDirs.at(-1)}` });
      manifest(f, (m) => void ((m[1]!['Layers'] as string[])[1] = 'dir/layer.tar'));
    })],
  ['an entry named ../evil (kept inside, accepted)', () => archive(new Map([['../evil', file('../evil', 'x')], ...good]))],
  ['a hard link to a file outside', () => archive(new Map([['hl', { name: 'hl', type: 'link', mode: 0o644, mtime: 0, target: '../../etc/passwd' }], ...good]))],
  ['an invalid tag (the image stays, untagged)', () => edit((f) => manifest(f, (m) => void (m[1]!['RepoTags'] = ['UPPER:x'])))],
  ['a tag without a tag', () => edit((f) => manifest(f, (m) => void (m[1]!['RepoTags'] = [`${P}notag`])))],
  ['a tag with a digest', () => edit((f) => manifest(f, (m) => void (m[1]!['RepoTags'] = [`x@sha256:${'0'.repeat(64)}`])))],
  ['a tag already on another image (moved)', () => edit((f) => manifest(f, (m) => void (m[1]!['RepoTags'] = [`${P}base:1`])))],
  ['no tags: the last entry prints every image id', () => edit((f) => manifest(f, (m) => void (m[1]!['RepoTags'] = null)))],
  ['a parent that is not a valid parent', () => edit((f) => manifest(f, (m) => [{ ...m[1], Parent: undefined }, { ...m[0], Parent: `sha256:${ids.commit}` }]))],
];

describeEngine('docker load of bad archives, engine vs model', () => {
  beforeAll(async () => {
    root = (await docker(['info', '-f', '{{.DockerRootDir}}'])).stdout.trim();
    const cli = new StrataCli();
    try {
      const must = async (args: string[], input?: Uint8Array): Promise<string> => {
        const r = await cli.run(args, input);
        if (r.exitCode !== 0) throw new Error(`strata ${args.join(' ')}: ${r.stderr}`);
        return r.stdout;
      };
      await must(['import', '-', `${P}base:1`], BASE_TAR);
      await must(['run', '--name', `${P}c`, `${P}base:1`, 'sh', '-c', 'echo one > /one && rm /bin/cp']);
      await must(['commit', `${P}c`, `${P}commit:1`]);
      ids = {
        base: (await must(['image', 'inspect', '-f', '{{.Id}}', `${P}base:1`])).trim().slice(7),
        commit: (await must(['image', 'inspect', '-f', '{{.Id}}', `${P}commit:1`])).trim().slice(7),
      };
      const out = await cli.run(['save', `${P}base:1`, `${P}commit:1`]);
      const bytes = Buffer.from(out.stdout, 'latin1');
      good = new Map();
      for (const e of walk(bytes)) {
        if ('code' in e) throw new Error(render(e.error));
        const type = e.type === 'directory' ? 'dir' : e.type === 'symlink' ? 'symlink' : 'file';
        good.set(e.name, { name: e.name, type, mode: e.mode & 0o7777, mtime: e.mtime, data: new Uint8Array(e.data), target: e.linkname });
      }
      layerDirs = (JSON.parse(text(good, 'manifest.json')) as { Layers: string[] }[]).flatMap((m) => m.Layers.map((l) => l.split('/')[0]!));
    } finally {
      cli.dispose();
    }
    await cleanup(P);
  }, 60_000);

  afterAll(async () => {
    await cleanup(P);
  });

  it('the good archive loads on both sides alike', async () => {
    expect(await modelLoad(archive(good))).toEqual(await engineLoad(archive(good)));
  });

  for (const [name, make] of CASES) {
    it(name, async () => {
      const bytes = make();
      const model = await modelLoad(bytes);
      expect(model).toEqual(await engineLoad(bytes));
    }, 30_000);
  }
});
