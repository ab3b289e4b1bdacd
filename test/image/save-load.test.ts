/**
 * save and load in the model alone, through the CLI: what the engine does that the comparison
 * suites cannot show side by side (the bytes of a layer that came from another writer, save's
 * selection texts), and what the model refuses because it cannot represent it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_TAR, StrataCli } from '../support/scenario.js';

let dir = '';
let cli: StrataCli;

const run = (args: string[], input?: Uint8Array) => cli.run(args, input);
async function ok(args: string[], input?: Uint8Array): Promise<string> {
  const r = await run(args, input);
  expect(r.exitCode, `strata ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}
// tar's complaint about a missing member is the test's business, not the log's
const untar = (archive: string, member: string): Buffer => execFileSync('tar', ['-xOf', archive, member], { stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'strata-save-load-'));
  cli = new StrataCli();
  await ok(['import', '-', 'base:1'], BASE_TAR);
  await ok(['run', '--name', 'c1', 'base:1', 'sh', '-c', 'echo x > /x']);
  await ok(['commit', 'c1', 'app:1']);
  await ok(['tag', 'app:1', 'app:2']);
});

afterAll(() => {
  cli.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('save', () => {
  it('gives back an imported tar byte for byte, whatever wrote it (tar-split keeps it)', async () => {
    const root = join(dir, 'gnu');
    mkdirSync(join(root, 'etc'), { recursive: true });
    writeFileSync(join(root, 'etc', 'motd'), 'hello\n');
    // GNU tar's own header conventions, which the model's writer does not share
    const tar = execFileSync('tar', ['--format=gnu', '-C', root, '-cf', '-', '.']);
    await ok(['import', '-', 'gnu:1'], tar);
    const archive = join(dir, 'gnu.tar');
    await ok(['save', '-o', archive, 'gnu:1']);
    const [entry] = JSON.parse(untar(archive, 'manifest.json').toString()) as { Layers: string[] }[];
    expect(untar(archive, entry!.Layers[0]!).equals(tar)).toBe(true);
  });

  it('selects by tag, by repository (every tag, grouped per image) and by id (no tags, no repositories file)', async () => {
    const archive = join(dir, 'sel.tar');
    await ok(['save', '-o', archive, 'app']);
    expect((JSON.parse(untar(archive, 'manifest.json').toString()) as { RepoTags: string[] }[]).map((m) => m.RepoTags)).toEqual([['app:1', 'app:2']]);
    const id = (await ok(['image', 'inspect', '-f', '{{.Id}}', 'app:1'])).trim();
    await ok(['save', '-o', archive, id.slice(7, 19)]);
    expect(untar(archive, 'manifest.json').toString()).toContain('"RepoTags":null');
    expect(() => untar(archive, 'repositories')).toThrow();
  });

  it('fails the whole save on one bad name, with the engine’s texts, and writes nothing', async () => {
    const out = join(dir, 'never.tar');
    const cases: [string[], string][] = [
      [['app:1', 'nosuch:1'], 'reference does not exist'],
      [['nosuch'], 'No such image: nosuch'],
      [['UPPER:x'], 'invalid reference format: repository name must be lowercase'],
      [['a::b'], 'invalid reference format'],
      [['sha256:dead'], 'No such image: sha256:dead'],
    ];
    for (const [names, text] of cases) {
      const r = await run(['save', '-o', out, ...names]);
      expect([r.exitCode, r.stderr], names.join(' ')).toEqual([1, `Error response from daemon: ${text}\n`]);
    }
    expect(() => readFileSync(out)).toThrow();
    const nodir = await run(['save', '-o', join(dir, 'nodir', 'x.tar'), 'app:1']);
    expect(nodir.stderr).toBe(`failed to save image: invalid output path: directory "${join(dir, 'nodir')}" does not exist\n`);
  });

  it('refuses an image without layers, as the engine does', async () => {
    const ctx = join(dir, 'scratch');
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCMD ["x"]\n');
    await ok(['build', '-q', '-t', 'empty:1', ctx]);
    const r = await run(['save', '-o', join(dir, 'e.tar'), 'empty:1']);
    expect(r.stderr).toBe('Error response from daemon: empty export - not implemented\n');
  });
});

describe('load refuses what the model cannot represent, and loads nothing', () => {
  async function refused(edit: (files: Map<string, Buffer>) => void): Promise<string> {
    const archive = join(dir, 'good.tar');
    await ok(['save', '-o', archive, 'app:1']);
    const x = join(dir, 'x');
    rmSync(x, { recursive: true, force: true });
    mkdirSync(x);
    execFileSync('tar', ['-xf', archive, '-C', x]);
    const names = execFileSync('tar', ['-tf', archive]).toString().trim().split('\n');
    const files = new Map(names.filter((n) => !n.endsWith('/')).map((n) => [n, readFileSync(join(x, n))]));
    edit(files);
    for (const [n, b] of files) writeFileSync(join(x, n), b);
    const bad = join(dir, 'bad.tar');
    const kept = names.filter((n) => n.endsWith('/') || files.has(n));
    execFileSync('tar', ['--no-recursion', '-C', x, '-cf', bad, ...kept]);
    const fresh = new StrataCli();
    try {
      const r = await fresh.run(['load', '-i', bad]);
      expect(r.exitCode).toBe(1);
      expect((await fresh.run(['images', '-aq'])).stdout).toBe('');
      return r.stderr;
    } finally {
      fresh.dispose();
    }
  }
  const config = (files: Map<string, Buffer>): [string, string] => {
    const [name, bytes] = [...files].find(([n]) => /^[a-f0-9]{64}\.json$/.test(n))!;
    return [name, bytes.toString()];
  };

  it('a health check', async () => {
    const err = await refused((f) => {
      const [name, json] = config(f);
      f.set(name, Buffer.from(json.replace('"config":{', '"config":{"Healthcheck":{"Test":["NONE"]},')));
    });
    expect(err).toBe("strata does not model health checks (Healthcheck) in an image's config\n");
  });

  it('a config the engine reads differently from plain JSON (a key in another case)', async () => {
    const err = await refused((f) => {
      const [name, json] = config(f);
      f.set(name, Buffer.from(json.replace('"Cmd":', '"cmd":')));
    });
    expect(err).toMatch(/^strata does not model this image config as written/);
  });

  it('the pre-1.10 layout (no manifest.json), which the engine loads image by image', async () => {
    const err = await refused((f) => {
      f.delete('manifest.json');
    });
    expect(err).toBe('strata does not model archives without manifest.json (the layout of Docker before 1.10)\n');
  });
});

describe('load output', () => {
  it('reports an -i file that is not there, as the client does', async () => {
    const r = await cli.run(['load', '-i', join(dir, 'missing.tar')]);
    expect([r.exitCode, r.stderr]).toEqual([1, `open ${join(dir, 'missing.tar')}: no such file or directory\n`]);
  });
});

describe('load --format oci (an extension: OCI layouts without manifest.json)', () => {
  async function layout(edit: (x: string) => void): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    const archive = join(dir, 'oci.tar');
    await ok(['save', '--format', 'oci', '-o', archive, 'app:1']);
    const x = join(dir, 'ocix');
    rmSync(x, { recursive: true, force: true });
    mkdirSync(x);
    execFileSync('tar', ['-xf', archive, '-C', x]);
    rmSync(join(x, 'manifest.json'));
    edit(x);
    const bad = join(dir, 'oci-edited.tar');
    execFileSync('tar', ['-C', x, '-cf', bad, '.']);
    const fresh = new StrataCli();
    try {
      const r = await fresh.run(['load', '--format', 'oci', '-i', bad]);
      if (r.exitCode !== 0) expect((await fresh.run(['images', '-aq'])).stdout).toBe('');
      return r;
    } finally {
      fresh.dispose();
    }
  }

  it('loads the layout strata saved, by the containerd name of its index', async () => {
    const r = await layout(() => undefined);
    expect([r.exitCode, r.stdout]).toEqual([0, 'Loaded image: app:1\n']);
  });

  it('refuses a blob that does not match its digest, loading nothing', async () => {
    let digest = '';
    const r = await layout((x) => {
      const m = JSON.parse(readFileSync(join(x, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
      const manifest = JSON.parse(readFileSync(join(x, 'blobs/sha256', m.manifests[0]!.digest.slice(7)), 'utf8')) as { layers: { digest: string }[] };
      digest = manifest.layers.at(-1)!.digest;
      writeFileSync(join(x, 'blobs/sha256', digest.slice(7)), 'tampered');
    });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^strata: layer 1: blob ${digest} does not match its descriptor`));
  });

  it('refuses a directory that is no OCI layout', async () => {
    const r = await layout((x) => rmSync(join(x, 'oci-layout')));
    expect([r.exitCode, r.stderr]).toEqual([1, 'strata: not an OCI image layout: it has no oci-layout file\n']);
  });
});
