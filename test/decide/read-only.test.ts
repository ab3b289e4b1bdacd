/**
 * run/create --read-only, decided (docs/rules.md LIFE-22). Expected texts were observed on Docker 20.10.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, CreateOptions, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import { containerBase } from '../../src/container/stack.js';
import { diff } from '../../src/layer/diff.js';
import type { Container, State } from '../../src/state.js';
import { createRequest, given, type Given, type Then } from '../../src/testing/decider-spec.js';
import { inspectContainer } from '../../src/view/inspect.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const RO: Partial<CreateOptions> = { readOnly: true };
const create = (cmd: readonly string[], extra: Partial<CreateOptions> = RO): Command => ({ type: 'create', ...createRequest('web', cmd, extra) });
const run = (cmd: readonly string[], extra: Partial<CreateOptions> = RO): Command => ({ type: 'run', detach: false, ...createRequest('web', cmd, extra) });
const exec = (argv: readonly string[]): Command => ({ type: 'exec', ref: 'web', argv, env: [] });
const cpIn = (path: string): Command => ({
  type: 'cp_in',
  ref: 'web',
  path,
  archive: { entries: [{ name: 'x', type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 1577934245, linkname: '', data: new TextEncoder().encode('x') }] },
  copyUIDGID: false,
});

function web(g: Given): Container {
  const c = findContainer(g.strata.state, 'web');
  if (isError(c)) throw new Error(render(c));
  return c;
}
const stream = (t: Then, s: 'stdout' | 'stderr'): string => (t.decision.reply.output ?? []).filter((o) => o.stream === s).map((o) => o.text).join('');
const diffOf = (s: State, c: Container): string[] => diff(c.rw, containerBase(s, c)).map((d) => `${d.kind} ${d.path}`);

describe('--read-only', () => {
  it('is HostConfig.ReadonlyRootfs: true with the flag, false without', () => {
    const ro = given(base, [create(['true'])]);
    expect(web(ro).hostConfig.ReadonlyRootfs).toBe(true);
    expect(inspectContainer(ro.strata.state, web(ro))).toMatchObject({ HostConfig: { ReadonlyRootfs: true } });
    const rw = given(base, [create(['true'], {})]);
    expect(web(rw).hostConfig.ReadonlyRootfs).toBeUndefined();
    expect(inspectContainer(rw.strata.state, web(rw))).toMatchObject({ HostConfig: { ReadonlyRootfs: false } });
  });

  it('PID 1 cannot write: EROFS where the kernel takes the mount, after the path walk and a taken name', () => {
    const script = ['touch /f', 'echo x > /f', 'mkdir /bin', 'mkdir /d', 'rm /bin/true', 'rmdir /nosuch', 'mv /nosuch /t', 'mv /bin/true /nosuch/t', 'ln -s a /bin/true', 'chmod 700 /bin', 'touch /nosuch/x']
      .map((c) => `${c}; echo $?`)
      .join('; ');
    const t = given(base).when(run(['sh', '-c', script])).thenEvents(['ContainerCreated', 'ContainerStarted', 'ContainerDied']);
    expect(stream(t, 'stderr')).toBe(
      [
        'touch: /f: Read-only file system',
        "sh: can't create /f: Read-only file system",
        "mkdir: can't create directory '/bin': File exists",
        "mkdir: can't create directory '/d': Read-only file system",
        "rm: can't remove '/bin/true': Read-only file system",
        "rmdir: '/nosuch': Read-only file system",
        "mv: can't rename '/nosuch': Read-only file system",
        "mv: can't rename '/bin/true': No such file or directory",
        'ln: /bin/true: File exists',
        'chmod: /bin: Read-only file system',
        'touch: /nosuch/x: No such file or directory',
        '',
      ].join('\n'),
    );
    expect(stream(t, 'stdout')).toBe('1\n'.repeat(11));
    expect(t.events).not.toContain('ContainerFsChanged');
  });

  it('the same script writes without the flag', () => {
    const t = given(base).when(run(['sh', '-c', 'touch /f && mkdir /d && echo ok'], {}));
    expect(stream(t, 'stdout')).toBe('ok\n');
    expect(t.events).toContain('ContainerFsChanged');
  });

  it('what the engine keeps writable is a kernel filesystem strata refuses, through a symlink too', () => {
    // the engine leaves /proc and /dev writable (its /etc/mtab -> /proc/mounts answers EINVAL) and /sys ro
    for (const script of ['echo x > /etc/mtab', 'echo x > /sys/x', 'touch /dev/shm/x', 'cd /etc; cat mtab']) {
      for (const extra of [RO, {}]) {
        const t = given(base).when(run(['sh', '-c', script], extra)).thenFails('unsupported');
        expect(render(t.decision.error!)).toMatch(/^strata: .*(redirection to|kernel filesystems)/);
      }
    }
  });

  it('an exec cannot write either', () => {
    const g = given(base, [{ type: 'run', detach: true, ...createRequest('web', ['sleep', '1000'], RO) }]);
    const t = g.when(exec(['sh', '-c', 'echo x > /x']));
    expect(stream(t, 'stderr')).toBe("sh: can't create /x: Read-only file system\n");
    expect(t.decision.reply.exitCode).toBe(1);
    expect(web(g).rw.size).toBe(0);
  });

  it('the daemon still makes a missing working directory at create', () => {
    const g = given(base, [create(['pwd'], { ...RO, workdir: '/a/b' })]);
    expect(diffOf(g.strata.state, web(g))).toEqual(['A /a', 'A /a/b']);
  });

  it('cp into it is refused after the destination is checked; nothing is written or logged', () => {
    const g = given(base, [create(['true'])]);
    expect(render(g.when(cpIn('/bin/busybox')).thenFails('extract_not_directory').decision.error!)).toBe('extraction point is not a directory');
    expect(render(g.when(cpIn('/nodir')).thenFails('container_file_not_found').decision.error!)).toBe('Could not find the file /nodir in container web');
    const t = g.when(cpIn('/')).thenFails('rootfs_read_only');
    expect(render(t.decision.error!)).toBe('container rootfs is marked read-only');
    expect(t.events).toEqual([]);
  });

  it('commit of a container whose writes all failed adds no layer', () => {
    const g = given(base, [run(['touch', '/f'])]);
    const t = g.when({ type: 'commit', ref: 'web', repoTag: 'img:1', message: '', author: '', changes: [], pause: true });
    t.thenEvents(['ImageCreated', 'ImageTagged', 'ContainerCommitted']);
    expect(t.events).not.toContain('LayerRegistered');
  });
});
