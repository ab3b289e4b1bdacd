/**
 * `strata cp`, the client's side in process: the host's files read into the container and written
 * back, the path rules' errors, and stdout's tar (docs/rules.md CP-3, CP-4). The engine's texts are
 * checked against Docker 20.10 in test/conformance/cp.test.ts.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_APPLETS, Strata, dockerCli, makeBaseRootfs, readLayerTarSync, testEnvironment } from '../../src/index.js';
import { readTar } from '../../src/go/tar/index.js';

const dir = mkdtempSync(join(tmpdir(), 'strata-cli-cp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function engine(): (argv: string) => { stdout: string; stderr: string; exitCode: number } {
  const env = testEnvironment(7);
  const strata = Strata.inMemory(env);
  const base = readLayerTarSync(makeBaseRootfs(new TextEncoder().encode('busybox'), DEFAULT_APPLETS));
  if ('code' in base) throw new Error(base.code);
  strata.execute({ type: 'import', layer: base, message: '', changes: [], repoTag: 'base:1' });
  return (argv) => dockerCli(argv.split(' '), { strata, now: () => env.now() });
}

describe('strata cp', () => {
  const h = join(dir, 'h');
  mkdirSync(join(h, 'd', 'sub'), { recursive: true });
  writeFileSync(join(h, 'd', 'a.txt'), 'a\n');
  chmodSync(join(h, 'd', 'a.txt'), 0o600);
  writeFileSync(join(h, 'd', 'sub', 'b.txt'), 'b\n');
  for (const p of ['d/a.txt', 'd/sub/b.txt', 'd/sub', 'd']) utimesSync(join(h, p), 1577934245, 1577934245);

  it('copies a directory in and back out, keeping modes and times', () => {
    const docker = engine();
    expect(docker('create --name web base:1 sh').exitCode).toBe(0);
    expect(docker(`cp ${h}/d web:/x`)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(docker('diff web').stdout).toBe('A /x\nA /x/a.txt\nA /x/sub\nA /x/sub/b.txt\n');
    const out = join(dir, 'out');
    expect(docker(`cp web:/x ${out}`).exitCode).toBe(0);
    expect(readFileSync(join(out, 'sub', 'b.txt'), 'utf8')).toBe('b\n');
    expect(lstatSync(join(out, 'a.txt')).mode & 0o777).toBe(0o600);
    expect(Math.floor(lstatSync(out).mtimeMs / 1000)).toBe(1577934245);
    expect(docker(`cp web:/bin/sh ${out}/sh`).exitCode).toBe(0);
    expect(readlinkSync(join(out, 'sh'))).toBe('busybox');
  });

  it('writes the tar of a path to stdout for -', () => {
    const docker = engine();
    docker('create --name web base:1 sh');
    docker(`cp ${h}/d web:/`);
    const r = docker('cp web:/d/. -');
    const names = [...readTar(Buffer.from(r.stdout, 'latin1'))].map((e) => ('error' in e ? e.error : e.name));
    expect(names).toEqual(['./', './a.txt', './sub/', './sub/b.txt']);
  });

  it('prints the client’s errors and the daemon’s as docker does, with exit code 1', () => {
    const docker = engine();
    docker('create --name web base:1 sh');
    expect(docker(`cp ${h}/d/a.txt nosuch:/x`)).toEqual({ stdout: '', stderr: 'Error: No such container:path: nosuch:/\n', exitCode: 1 });
    expect(docker(`cp ${h}/d/a.txt ${h}/x`).stderr).toBe('must specify at least one container source\n');
    expect(docker(`cp web:/a web:/b`).stderr).toBe('copying between containers is not supported\n');
    expect(docker(`cp ${h}/d web:/bin/busybox`).stderr).toBe('cannot copy directory\n');
    expect(docker(`cp ${h}/d/a.txt web:/nodir/`).stderr).toBe('no such directory\n');
    expect(docker(`cp ${h}/d/a.txt web:/bin/busybox/x`).stderr).toBe('Error response from daemon: extraction point is not a directory\n');
    expect(docker(`cp ${h}/nope web:/`).stderr).toBe(`lstat ${h}/nope: no such file or directory\n`);
    expect(docker(`cp web:/nope ${dir}/y`).stderr).toBe('Error: No such container:path: web:/nope\n');
  });
});
