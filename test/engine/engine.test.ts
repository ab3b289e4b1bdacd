// Smoke test of the reference-engine harness itself (scripts/engine.sh + test/support).
import { createHash, randomBytes } from 'node:crypto';
import { pack } from 'tar-stream';
import { afterAll, expect, it } from 'vitest';
import { cleanup, describeEngine, docker, ensureBaseImage } from '../support/engine.js';

async function tinyTar(): Promise<Buffer> {
  const p = pack();
  const mtime = new Date('2021-01-01T00:00:00Z');
  p.entry({ name: 'bin/', type: 'directory', mode: 0o755, mtime });
  p.entry({ name: 'bin/hello', mode: 0o755, mtime }, 'hello from strata\n');
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of p) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// Unique per run so parallel runs against one engine cannot see each other's objects.
const run = `strata-smoke-${randomBytes(4).toString('hex')}`;
const prefix = `${run}-`;
const ref = `${prefix}img:1`;
const otherRef = `${run}x-other:1`; // shares `run` but not `prefix`

async function leftovers(): Promise<string[]> {
  const ps = await docker(['ps', '-a', '--format', '{{.Names}}']);
  const images = await docker(['images', '--format', '{{.Repository}}:{{.Tag}}']);
  expect(ps.exitCode).toBe(0);
  expect(images.exitCode).toBe(0);
  return [...ps.stdout.split('\n'), ...images.stdout.split('\n')].filter((l) => l.startsWith(prefix));
}

describeEngine('reference engine harness', () => {
  afterAll(() => cleanup(run)); // also catches otherRef if a test failed half-way

  it('talks to a Docker Engine 20.10', async () => {
    const r = await docker(['version', '--format', '{{.Server.Version}}']);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.trim()).toMatch(/^20\.10\./);
  });

  it('reports a failing command as a result, not an exception', async () => {
    const r = await docker(['image', 'inspect', `${prefix}absent:1`]);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/No such image/);
  });

  it('imports a tar whose layer diff ID is the sha256 of the tar bytes', async () => {
    const tar = await tinyTar();
    await ensureBaseImage(tar, ref);
    const r = await docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', ref]);
    expect(r.exitCode).toBe(0);
    const layers = JSON.parse(r.stdout) as string[];
    expect(layers).toEqual([`sha256:${createHash('sha256').update(tar).digest('hex')}`]);

    // Present already: ensureBaseImage must not import again (same image ID).
    const before = await docker(['image', 'inspect', '--format', '{{.Id}}', ref]);
    await ensureBaseImage(tar, ref);
    const after = await docker(['image', 'inspect', '--format', '{{.Id}}', ref]);
    expect(after.stdout).toBe(before.stdout);
  });

  it('cleanup removes the containers and images under its prefix, and nothing else', async () => {
    const created = await docker(['create', '--name', `${prefix}c1`, ref, '/bin/hello']);
    expect(created.exitCode, created.stderr).toBe(0);
    const tagged = await docker(['tag', ref, otherRef]);
    expect(tagged.exitCode, tagged.stderr).toBe(0);
    expect((await leftovers()).sort()).toEqual([`${prefix}c1`, ref].sort());

    await cleanup(prefix);

    expect(await leftovers()).toEqual([]);
    const other = await docker(['image', 'inspect', '--format', '{{.Id}}', otherRef]);
    expect(other.exitCode, 'an image outside the prefix must survive').toBe(0);
    const rmi = await docker(['rmi', otherRef]);
    expect(rmi.exitCode, rmi.stderr).toBe(0);
  });
});
