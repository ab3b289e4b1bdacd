/**
 * The everyday flags of the read verbs on the model, exactly where the engine's clock cannot be
 * (test/conformance/everyday.test.ts compares them with the engine): the times `logs -t` prints and
 * the `--since`/`--until` window's edges, ps's limits and sizes, images --digests, inspect -s.
 */
import { describe, expect, it } from 'vitest';
import { ModelSession } from '../../src/testing/session.js';
import { logTimestamp, tailCount } from '../../src/view/logs.js';

const N = '--network none';
const words = (line: string): string[] => {
  const out: string[] = [];
  const re = /'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2]!);
  return out;
};

function session(): ModelSession & { sh: (line: string) => { stdout: string; stderr: string; exitCode: number } } {
  const s = new ModelSession('') as ModelSession & { sh: (line: string) => { stdout: string; stderr: string; exitCode: number } };
  s.sh = (line) => s.run(words(line));
  return s;
}

/** The times `logs -t` printed, in ms since the epoch, and the lines without them. */
function stamped(out: string): { at: number; text: string }[] {
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z) (.*)$/.exec(l);
      expect(m, l).not.toBeNull();
      return { at: Date.parse(m![1]!), text: m![2]! };
    });
}

describe('logs: the log is messages, a line each, at the time its newline came', () => {
  it('[LOGS-1] --tail counts messages from the end; 0 none; all, a negative count or a non-number every one', () => {
    const s = session();
    expect(s.sh(`run ${N} --name l1 base:1 sh -c 'echo one; echo two >&2; echo three; echo four'`).exitCode).toBe(0);
    const logs = (flags: string) => s.sh(`logs ${flags} l1`);
    expect(logs('--tail 2')).toEqual({ stdout: 'three\nfour\n', stderr: '', exitCode: 0 });
    expect(logs('-n 3')).toEqual({ stdout: 'three\nfour\n', stderr: 'two\n', exitCode: 0 });
    expect(logs('--tail 0')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    for (const every of ['all', '-1', '-7', 'x', '1.5', '0x2', '', '99999999999999999999', '99']) expect(logs(`--tail '${every}'`).stdout).toBe('one\nthree\nfour\n');
    expect(logs('--tail +1').stdout).toBe('four\n');
    expect([tailCount(undefined), tailCount('all'), tailCount('+3'), tailCount('-0'), tailCount('9223372036854775808')]).toEqual([-1, -1, 3, 0, -1]);
  });

  it('[LOGS-1] a line is logged when its newline comes; a running process’s unfinished line is not in the log; its end flushes it', () => {
    const s = session();
    s.sh(`run ${N} --name pp base:1 sh -c 'echo -n par; sleep 1; echo tial; echo -n end'`);
    const all = stamped(s.sh('logs -t pp').stdout + '\n');
    expect(all.map((m) => m.text)).toEqual(['partial', 'end']);
    // "par" came a second before "tial\n": the message is the newline's
    expect(all[1]!.at - all[0]!.at).toBe(0);
    expect(s.sh('logs --tail 1 pp').stdout).toBe('end');
    s.sh('start -a pp');
    expect(s.sh('logs pp').stdout).toBe('partial\nendpartial\nend');
    expect(s.sh('logs --tail 1 pp').stdout).toBe('end');
    expect(s.sh('logs --tail 2 pp').stdout).toBe('partial\nend');

    s.sh(`run ${N} -d --name ww base:1 sh -c 'echo done; echo -n wait; sleep 1000'`);
    expect(s.sh('logs ww').stdout).toBe('done\n');
    s.sh('kill ww');
    expect(s.sh('logs ww').stdout).toBe('done\nwait');
    expect(s.sh('logs --tail 1 ww').stdout).toBe('wait');
  });

  it('[LOGS-2] -t prefixes each message with its model time, RFC 3339 with nine digits of fraction', () => {
    const s = session();
    s.sh(`run ${N} --name tt base:1 sh -c 'echo one; sleep 2; echo two >&2'`);
    const started = Date.parse(s.sh('inspect -f {{.State.StartedAt}} tt').stdout.trim());
    const out = s.sh('logs -t tt');
    expect(out.stdout).toBe(`${logTimestamp(started)} one\n`);
    expect(out.stderr).toBe(`${logTimestamp(started + 2000)} two\n`);
    expect(logTimestamp(Date.UTC(2026, 0, 2, 3, 4, 5, 67))).toBe('2026-01-02T03:04:05.067000000Z');
  });

  it('[LOGS-3] --since keeps the messages not before it, --until those not after it, of the tail; their errors are the client’s', () => {
    const s = session();
    s.sh(`run ${N} --name ww base:1 sh -c 'echo one; sleep 3; echo two; sleep 3; echo three'`);
    const t0 = Date.parse(s.sh('inspect -f {{.State.StartedAt}} ww').stdout.trim());
    const unix = (ms: number): string => `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}`;
    const logs = (flags: string) => s.sh(`logs ${flags} ww`).stdout;
    // the window's edges hold: a message exactly at --since or --until is in it
    expect(logs(`--since ${unix(t0 + 3000)}`)).toBe('two\nthree\n');
    expect(logs(`--since ${unix(t0 + 3001)}`)).toBe('three\n');
    expect(logs(`--until ${unix(t0 + 3000)}`)).toBe('one\ntwo\n');
    expect(logs(`--until ${unix(t0 + 2999)}`)).toBe('one\n');
    expect(logs(`--since ${unix(t0 + 1)} --until ${unix(t0 + 5999)}`)).toBe('two\n');
    // the tail first, then the window
    expect(logs(`--tail 1 --since ${unix(t0)}`)).toBe('three\n');
    expect(logs(`--tail 2 --until ${unix(t0 + 3000)}`)).toBe('two\n');
    // dates, durations before the client's now, 0
    expect(logs('--since 2000-01-01')).toBe('one\ntwo\nthree\n');
    expect(logs('--until 2000-01-01')).toBe('');
    expect(logs('--until 0')).toBe('one\ntwo\nthree\n');
    expect(logs('--since 0 --until 2099-01-01T00:00:00Z')).toBe('one\ntwo\nthree\n');
    expect(logs('--since 1h')).toBe('one\ntwo\nthree\n');
    expect(logs('--since -1h')).toBe('');
    expect(s.sh('logs --since 1e3 ww')).toEqual({ stdout: '', stderr: 'invalid value for "since": failed to parse value as time or duration: "1e3"\n', exitCode: 1 });
    expect(s.sh('logs --until 2020-13-01 ww').stderr).toBe('invalid value for "until": parsing time "2020-13-01": month out of range\n');
    expect(s.sh('logs --since abc nosuch')).toEqual({ stdout: '', stderr: 'Error: No such container: nosuch\n', exitCode: 1 });
  });
});

describe('ps: -n, -l, -s', () => {
  it('[LIST-1] -n N lists the newest N the filters keep, whatever their status; -l is -n 1 while -n is -1', () => {
    const s = session();
    s.sh(`create ${N} --name ca base:1 true`);
    s.sh(`run ${N} -d --name cb base:1 sleep 1000`);
    s.sh(`run ${N} --name cc base:1 sh -c 'exit 2'`);
    s.sh(`create ${N} --name cd base:1 true`);
    const names = (flags: string) => s.sh(`ps ${flags} --format {{.Names}}`).stdout.split('\n').filter(Boolean);
    expect(names('-n 2')).toEqual(['cd', 'cc']);
    expect(names('--last 3')).toEqual(['cd', 'cc', 'cb']);
    expect(names('-n 2 --filter status=running')).toEqual(['cb']);
    expect(names('-n 0')).toEqual(['cb']);
    expect(names('-n -4')).toEqual(['cb']);
    expect(names('-l')).toEqual(['cd']);
    expect(names('-l -n -1')).toEqual(['cd']);
    expect(names('-l -n 0')).toEqual(['cb']);
    expect(names('-l -n 3')).toEqual(['cd', 'cc', 'cb']);
    expect(names('-n 0x2')).toEqual(['cd', 'cc']);
    expect(s.sh('ps -n x')).toEqual({
      stdout: '',
      stderr: 'invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'docker ps --help\'.\n',
      exitCode: 125,
    });
  });

  it('[LIST-2] -s: the RW layer as overlay2 counts it, and (virtual …) with the layers under it; .Size in a format asks for it', () => {
    const s = session();
    const image = Number(s.sh('image inspect -f {{.Size}} base:1').stdout.trim());
    s.sh(`run ${N} --name cf base:1 sh -c 'mkdir -p /d/e; echo 123456789 > /d/e/b; ln -s /d/e/b /l; rm /bin/ls'`);
    s.sh(`create ${N} --name ce base:1 true`);
    expect(s.sh('inspect -s -f {{.SizeRw}}/{{.SizeRootFs}} cf ce').stdout).toBe(`16/${image + 16}\n0/${image}\n`);
    expect(s.sh('inspect -f {{.SizeRw}} cf').stdout).toBe('<nil>\n');
    const virtual = (rw: number) => `(virtual ${(image + rw) / 1e6 >= 1 ? `${((image + rw) / 1e6).toPrecision(3)}MB` : `${((image + rw) / 1e3).toPrecision(3)}kB`})`;
    expect(s.sh('ps -as --format {{.Names}}:{{.Size}}').stdout).toBe(`ce:0B ${virtual(0)}\ncf:16B ${virtual(16)}\n`);
    expect(s.sh('ps -a --format {{.Names}}:{{.Size}}').stdout).toBe(`ce:0B ${virtual(0)}\ncf:16B ${virtual(16)}\n`);
    expect(s.sh('ps -a --format {{.Names}}:{{.Status}} --filter name=cf').stdout).toBe('cf:Exited (0) Less than a second ago\n');
    // without -s and without .Size in the template, the daemon gives no sizes
    expect(s.sh('ps -a --format {{.Names}}:{{.Size}} --size=false').stdout).toContain('(virtual');
    expect(s.sh('ps -a --format \'{{json .Names}}\'').stdout).toBe('"ce"\n"cf"\n');
    expect(s.sh('ps -as --filter name=nomatch').stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES     SIZE\n');
    expect(s.sh('ps -a --format table --filter name=nomatch').stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
    // the client runs the template once before asking: its errors are the command's, rows or not
    expect(s.sh('ps --format {{.Nope}} --filter name=nomatch')).toEqual({
      stdout: '',
      stderr: 'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext\n',
      exitCode: 1,
    });
    expect(s.sh('ps --format {{.Names')).toEqual({ stdout: '', stderr: 'failed to parse template: template: :1: unclosed action\n', exitCode: 1 });
    expect(s.sh('ps -a -s --format {{.Nope}}').stderr).toMatch(/^template parsing error: template: :1:2: executing "" at <.Nope>/);
    expect(s.sh('ps -aq --format {{.Names}}').stdout).toBe('ce\ncf\n');
  });
});

describe('images --digests; rm -v', () => {
  it('[LIST-3] --digests adds the DIGEST column, <none> for every image, to the default table and to a table that lacks {{.Digest}}', () => {
    const s = session();
    const header = (flags: string) => s.sh(`images ${flags} nomatch`).stdout;
    expect(header('--digests')).toBe('REPOSITORY   TAG       DIGEST    IMAGE ID   CREATED   SIZE\n');
    expect(header('--digests --format table')).toBe('REPOSITORY   TAG       DIGEST    IMAGE ID   CREATED   SIZE\n');
    expect(header("--digests --format 'table {{.ID}}'")).toBe('IMAGE ID   DIGEST\n');
    expect(header("--digests --format 'table {{.Digest}}'")).toBe('DIGEST\n');
    expect(s.sh("images --digests --format '{{.Repository}} {{.Digest}}'").stdout).toBe('base <none>\n');
    expect(s.sh('images -q --format {{.Tag}}').stdout).toBe('1\n');
    expect(s.sh('images --format {{.VirtualSize}}').stdout).toMatch(/^\d\.\d{3}MB\n$/);
  });

  it('[LIST-3] rm -v removes the container as rm does: there are no volumes', () => {
    const s = session();
    s.sh(`create ${N} --name vv base:1 true`);
    expect(s.sh('rm -v vv')).toEqual({ stdout: 'vv\n', stderr: '', exitCode: 0 });
    expect(s.sh('rm --volumes=true vv')).toEqual({ stdout: '', stderr: 'Error: No such container: vv\n', exitCode: 1 });
  });
});
