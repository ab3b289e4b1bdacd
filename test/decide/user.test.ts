/**
 * -u/--user and the image's USER, decided (docs/rules.md USER-1–USER-5). Expected texts were
 * observed on Docker 20.10.24.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, CreateOptions, LayerInput } from '../../src/commands.js';
import { buildContext, memoryContext } from '../../src/build/context.js';
import { render } from '../../src/core/errors.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import type { Container } from '../../src/state.js';
import { createRequest, given, type Given, type Then } from '../../src/testing/decider-spec.js';
import { inspectContainer } from '../../src/view/inspect.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const PASSWD = 'root:x:0:0:root:/root:/bin/sh\nalice:x:2001:3001:Alice:/home/alice:/bin/sh\nbob:x:2002:3002::/home/bob:/bin/sh';
const GROUP = 'root:x:0:\nalice:x:3001:\nbob:x:3002:\ndevs:x:3100:alice,bob\nops:x:3200:alice';
/** As root: the users, a root-only directory, a set-group-ID one and a world-writable one. */
const SETUP = `echo "${PASSWD}" > /etc/passwd; echo "${GROUP}" > /etc/group; mkdir -p /root /srv/sg /tmp; chmod 700 /root; chmod 2777 /srv/sg; chmod 1777 /tmp`;

const run = (name: string, cmd: readonly string[], extra: Partial<CreateOptions> = {}): Command => ({ type: 'run', detach: false, ...createRequest(name, cmd, extra) });
const runAs = (user: string, script: string, image = 'pw:1'): Command => run('web', ['sh', '-c', script], { image, user });
const commit = (ref: string, repoTag: string, changes: readonly string[] = []): Command => ({ type: 'commit', ref, repoTag, message: '', author: '', changes, pause: true });

/** base:1 with users: pw:1. */
const withUsers = (more: readonly Command[] = []): Given => given(base, [run('mk', ['sh', '-c', SETUP]), commit('mk', 'pw:1'), ...more]);

function container(g: Given, ref: string): Container {
  const c = findContainer(g.strata.state, ref);
  if (isError(c)) throw new Error(render(c));
  return c;
}
const stream = (t: Then, s: 'stdout' | 'stderr'): string => (t.decision.reply.output ?? []).filter((o) => o.stream === s).map((o) => o.text).join('');

describe('-u/--user', () => {
  it('is Config.User as typed, else the image’s; inspect shows it', () => {
    const g = withUsers([commit('mk', 'bob:1', ['USER bob']), run('ca', ['true'], { image: 'pw:1', user: 'alice:devs' }), run('cb', ['true'], { image: 'bob:1' }), run('cc', ['true'], { image: 'bob:1', user: 'alice' })]);
    expect(inspectContainer(g.strata.state, container(g, 'ca'))).toMatchObject({ Config: { User: 'alice:devs' } });
    expect(container(g, 'cb').config.User).toBe('bob');
    expect(container(g, 'cc').config.User).toBe('alice');
  });

  it('a number needs no /etc/passwd; a name does: the start fails with the daemon’s error, exit code 128, the container left created', () => {
    const ok = given(base).when(run('web', ['sh', '-c', 'id; echo $HOME'], { user: '4001:4002' })).thenEvents(['ContainerCreated', 'ContainerStarted', 'ContainerDied']);
    expect(stream(ok, 'stdout')).toBe('uid=4001 gid=4002 groups=4002\n/\n');
    const g = given(base);
    const t = g.when(run('web', ['true'], { user: 'nosuch' })).thenFails('start_failed');
    expect(t.events).toEqual(['ContainerCreated', 'ContainerStartFailed']);
    expect(render(t.decision.error!)).toBe('unable to find user nosuch: no matching entries in passwd file');
    expect(container(g, 'web').state).toMatchObject({ running: false, startedAt: null, exitCode: 128, error: 'unable to find user nosuch: no matching entries in passwd file' });
    const group = given(base).when(run('web', ['true'], { user: '4001:nosuch' })).thenFails('start_failed');
    expect(render(group.decision.error!)).toBe('unable to find group nosuch: no matching entries in group file');
    const range = given(base).when(run('web', ['true'], { user: '2147483648' })).thenFails('start_failed');
    expect(render(range.decision.error!)).toBe('uids and gids must be in range 0-2147483647');
  });

  it('uid, gid, groups and HOME come from /etc/passwd and /etc/group, as runc sets them', () => {
    const cases: [string, string][] = [
      ['alice', 'uid=2001(alice) gid=3001(alice) groups=3001(alice),3100(devs),3200(ops)\n/home/alice\n'],
      ['2001', 'uid=2001(alice) gid=3001(alice) groups=3001(alice),3100(devs),3200(ops)\n/home/alice\n'],
      ['alice:devs', 'uid=2001(alice) gid=3100(devs) groups=3100(devs)\n/home/alice\n'],
      ['bob:4444', 'uid=2002(bob) gid=4444 groups=4444\n/home/bob\n'],
      ['4444', 'uid=4444 gid=0(root) groups=0(root)\n/\n'],
      [':devs', 'uid=0(root) gid=3100(devs) groups=3100(devs)\n/root\n'],
      ['', 'uid=0(root) gid=0(root) groups=0(root)\n/root\n'],
    ];
    for (const [user, expected] of cases) {
      const t = withUsers().when(runAs(user, 'id; echo $HOME'));
      expect(stream(t, 'stdout'), user).toBe(expected);
    }
  });

  it('exec runs as the container’s user, looked up again at each exec, or as -u; its errors are 126', () => {
    const g = withUsers([{ type: 'run', detach: true, ...createRequest('web', ['sleep', '1000'], { image: 'pw:1', user: 'alice' }) }]);
    const exec = (argv: readonly string[], user?: string): Then => g.when({ type: 'exec', ref: 'web', argv, env: [], ...(user !== undefined ? { user } : {}) });
    expect(exec(['sh', '-c', 'id']).decision.reply.output).toEqual([{ stream: 'stdout', text: 'uid=2001(alice) gid=3001(alice) groups=3001(alice),3100(devs),3200(ops)\n' }]);
    exec(['sh', '-c', 'echo "alice:x:2001:3100::/a:/bin/sh" > /etc/passwd'], '0');
    expect(stream(exec(['sh', '-c', 'id; echo $HOME']), 'stdout')).toBe('uid=2001(alice) gid=3100(devs) groups=3100(devs),3200(ops)\n/a\n');
    const failed = exec(['true'], 'bob').thenFails('exec_failed');
    expect(render(failed.decision.error!)).toBe('unable to find user bob: no matching entries in passwd file');
    expect(failed.decision.error).toMatchObject({ exitCode: 126 });
  });

  it('what a process makes is its own; a set-group-ID directory gives its group, and a new directory its bit', () => {
    const g = withUsers([run('web', ['sh', '-c', 'touch /tmp/f /srv/sg/f; mkdir /srv/sg/d'], { image: 'pw:1', user: 'alice' })]);
    const rw = container(g, 'web').rw;
    expect(rw.get('tmp/f')).toMatchObject({ type: 'file', mode: 0o644, uid: 2001, gid: 3001 });
    expect(rw.get('srv/sg/f')).toMatchObject({ type: 'file', mode: 0o644, uid: 2001 });
    expect(rw.get('srv/sg/f')).not.toHaveProperty('gid');
    expect(rw.get('srv/sg/d')).toMatchObject({ type: 'dir', mode: 0o2755, uid: 2001 });
  });

  it('busybox’s messages for what a user other than root may not do', () => {
    const t = withUsers().when(runAs('alice', 'cat /root/x; ls /root; touch /f; mkdir /d; rm /bin/echo; chmod 777 /bin; cd /root; echo x > /etc/passwd; echo $?'));
    expect(stream(t, 'stderr')).toBe(
      [
        "cat: can't open '/root/x': Permission denied",
        "ls: can't open '/root': Permission denied",
        'touch: /f: Permission denied',
        "mkdir: can't create directory '/d': Permission denied",
        "rm: can't remove '/bin/echo': Permission denied",
        'chmod: /bin: Operation not permitted',
        "sh: cd: line 0: can't cd to /root: Permission denied",
        "sh: can't create /etc/passwd: Permission denied",
        '',
      ].join('\n'),
    );
  });

  it('a start that fails once the user is gone keeps the exit code the container had', () => {
    const passwd = new TextEncoder().encode('root:x:0:0::/:/bin/sh\n');
    const g = withUsers([
      run('web', ['sh', '-c', 'exit 3'], { image: 'pw:1', user: 'alice' }),
      { type: 'cp_in', ref: 'web', path: '/etc', archive: { entries: [{ name: 'passwd', type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, linkname: '', data: passwd }] }, copyUIDGID: false },
    ]);
    g.when({ type: 'start', ref: 'web', attach: false }).thenFails('start_failed');
    expect(container(g, 'web').state).toMatchObject({ exitCode: 3, error: 'unable to find user alice: no matching entries in passwd file' });
  });

  it('a RUN after USER runs as that user; an unknown one fails the step with the daemon’s error', () => {
    const build = (dockerfile: string): Then => {
      const context = buildContext(memoryContext('/ctx', { Dockerfile: dockerfile }), { now: 1_700_000_000 });
      if (!context.ok) throw new Error(render(context.error));
      return withUsers().when({ type: 'build', context: context.value, tags: ['x:1'], noCache: false, rm: true, forceRm: false, buildArgs: [] });
    };
    const ok = build('FROM pw:1\nUSER alice\nRUN id\n');
    expect(ok.decision.error).toBeUndefined();
    expect(ok.decision.reply.stream).toContain('uid=2001(alice) gid=3001(alice) groups=3001(alice),3100(devs),3200(ops)\n');
    const bad = build('FROM pw:1\nUSER nosuch\nRUN echo never\n');
    expect(render(bad.decision.error!)).toContain('unable to find user nosuch: no matching entries in passwd file');
  });

  it('refuses what it cannot answer for: a working directory under one the user may not search, a path whose .. leaves one, the move of a directory from an image layer', () => {
    const message = (t: Then): string => render(t.decision.error!);
    const cwd = withUsers().when(run('w1', ['pwd'], { image: 'pw:1', user: 'alice', workdir: '/root/sub' })).thenFails('unsupported');
    expect(message(cwd)).toContain('under a directory it may not search is not modelled');
    expect(message(withUsers().when(runAs('alice', 'cat /root/../etc/passwd')).thenFails('unsupported'))).toContain('whose .. leaves a directory the process may not search');
    // as root, or through directories it may search, the same path is answered
    expect(stream(withUsers().when(runAs('', 'cat /root/../etc/group')), 'stdout')).toBe(`${GROUP}\n`);
    expect(stream(withUsers().when(runAs('alice', 'cat /srv/../etc/group')), 'stdout')).toBe(`${GROUP}\n`);
    const lower = withUsers([run('m2', ['mkdir', '/tmp/mine'], { image: 'pw:1', user: 'alice' }), commit('m2', 'pw:2')]);
    expect(message(lower.when(runAs('alice', 'mv /tmp/mine /tmp/yours', 'pw:2')).thenFails('unsupported'))).toContain('overlayfs cannot move a directory from an image layer');
    // a directory it made itself moves
    expect(stream(withUsers().when(runAs('alice', 'mkdir /tmp/d; mv /tmp/d /tmp/e; echo $?')), 'stdout')).toBe('0\n');
  });
});
