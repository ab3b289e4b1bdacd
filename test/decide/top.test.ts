/**
 * docker top, decided: the daemon's checks and errors, the rows of the container's processes as
 * ps gives them, the top event. Expected rows and texts were observed on Docker 20.10.24 (Debian 12's
 * procps-ng 4.0.2), but for the host's facts, which are the model's (pids, times: see the README).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import type { TopReply } from '../../src/container/top.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import { createRequest, given, type Then } from '../../src/testing/decider-spec.js';
import { topTable } from '../../src/view/top.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const run = (name: string, cmd: readonly string[]): Command => ({ type: 'run', detach: true, ...createRequest(name, cmd) });
const top = (ref: string, psArgs = ''): Command => ({ type: 'top', ref, psArgs });
const SH = ['sh', '-c', 'sleep 1000; true'];

/** The reply's rows, a line each, fields joined by `|`. */
function rows(t: Then): string[] {
  const r: TopReply | undefined = t.decision.reply.top;
  if (r === undefined) throw new Error(`no top reply: ${t.decision.error ? render(t.decision.error) : 'none'}`);
  return [r.titles, ...r.processes].map((f) => f.join('|'));
}

const errorText = (t: Then): string => (t.decision.error ? render(t.decision.error) : '');

describe('docker top on a running container', () => {
  it('ps -ef by default: PID 1, its pids the model’s (after the shim’s), the top event', () => {
    const t = given(base, [run('web', ['sleep', '1000'])]).when(top('web')).thenEvents(['ContainerProcessesListed']);
    expect(rows(t)).toEqual(['UID|PID|PPID|C|STIME|TTY|TIME|CMD', 'root|2|1|0|12:00|?|00:00:00|sleep 1000']);
  });

  it('a shell waiting in the sleep it forked is two processes, the sleep in the shell’s group', () => {
    const t = given(base, [run('web', SH)]).when(top('web', '-o pid,ppid,pgid,sid,stat,comm,args'));
    expect(rows(t)).toEqual(['PID|PPID|PGID|SID|STAT|COMMAND|COMMAND', '2|1|2|2|Ss|sh|sh -c sleep 1000; true', '3|2|2|2|S|sleep|sleep 1000']);
  });

  it('every process runs as the container’s user: root by name, another id by its number', () => {
    const user = (name: string, u: string): Command => ({ type: 'run', detach: true, ...createRequest(name, SH, { user: u }) });
    const columns = '-o pid,user,uid,ruser,euid,group,gid,comm';
    expect(rows(given(base, [user('web', '4001:4002')]).when(top('web', columns)))).toEqual([
      'PID|USER|UID|RUSER|EUID|GROUP|GID|COMMAND',
      '2|4001|4001|4001|4001|4002|4002|sh',
      '3|4001|4001|4001|4001|4002|4002|sleep',
    ]);
    expect(rows(given(base, [user('web', '0:4002')]).when(top('web', '-f')))[1]).toMatch(/^root\|2\|/);
    expect(rows(given(base, [user('web', '4001')]).when(top('web', '-o pid,user,group')))).toEqual(['PID|USER|GROUP', '2|4001|root', '3|4001|root']);
  });

  it('each start takes pids of its own: another container’s never meet them', () => {
    const g = given(base, [run('aa', SH), run('bb', SH)]);
    expect(rows(g.when(top('bb', '-o pid,ppid')))).toEqual(['PID|PPID', '5|4', '6|5']);
    expect(rows(g.when(top('aa', '-o pid,ppid')))).toEqual(['PID|PPID', '2|1', '3|2']);
  });

  it('the client’s table: a tabwriter of minimum width 20 and padding 3', () => {
    const t = given(base, [run('web', SH)]).when(top('web', 'aux'));
    expect(topTable(t.decision.reply.top!)).toBe(
      [
        'USER                PID                 %CPU                %MEM                VSZ                 RSS                 TTY                 STAT                START               TIME                COMMAND',
        'root                2                   0.0                 0.0                 0                   0                   ?                   Ss                  12:00               0:00                sh -c sleep 1000; true',
        'root                3                   0.0                 0.0                 0                   0                   ?                   S                   12:00               0:00                sleep 1000',
        '',
      ].join('\n'),
    );
  });

  it('the words of a row past the titles are one field, single-spaced; a command line’s controls show as ?', () => {
    const g = given(base, [run('web', ['sh', '-c', 'echo a\nsleep 1000\t; true', 'arg0', '', 'b  c'])]);
    expect(rows(g.when(top('web', '-o pid,args')))).toEqual(['PID|COMMAND', '2|sh -c echo a sleep 1000?; true arg0 b c', '3|sleep 1000']);
    expect(rows(g.when(top('web', '-o pid,args -o comm')))).toEqual(['PID|COMMAND|COMMAND', '2|sh|-c echo a sleep 1000?; true arg0 b c sh', '3|sleep|1000 sleep']);
    expect(rows(g.when(top('web', '-o pid,comm=')))).toEqual(['PID', '2 sh', '3 sleep']);
    expect(rows(g.when(top('web', '-o comm=ab,pid')))).toEqual(['ab|PID', 'sh|2', 'sleep|3']);
  });

  it('a paused container’s processes are frozen (D); top is allowed and logged', () => {
    const t = given(base, [run('web', SH), { type: 'pause', ref: 'web' }]).when(top('web', '-o pid,stat,s')).thenEvents(['ContainerProcessesListed']);
    expect(rows(t)).toEqual(['PID|STAT|S', '2|Ds|D', '3|D|D']);
  });

  it('start times and elapsed times are the model’s, in UTC', () => {
    const g = given(base, [run('web', ['sh', '-c', 'while :; do sleep 1; done'])]);
    g.env.advance(3_600_000);
    expect(rows(g.when(top('web', '-o pid,stime,etime,etimes,args')))).toEqual(['PID|STIME|ELAPSED|ELAPSED|COMMAND', '2|12:00|01:00:01|3601|sh -c while :; do sleep 1; done', '3|13:00|00:00|0|sleep 1']);
  });
});

describe('what docker top refuses', () => {
  it('a container not running: created, exited; one restarting', () => {
    expect(errorText(given(base, [{ type: 'create', ...createRequest('web', ['true']) }]).when(top('web')).thenFails('not_running'))).toMatch(/^Container [0-9a-f]{64} is not running$/);
    given(base, [{ type: 'run', detach: false, ...createRequest('web', ['true']) }]).when(top('web')).thenFails('not_running');
    const restarting = given(base, [{ type: 'run', detach: true, ...createRequest('web', ['sh', '-c', 'exit 3'], { restart: { name: 'always', max: 0 } }) }]);
    expect(errorText(restarting.when(top('web')).thenFails('restarting'))).toMatch(/ is restarting, wait until the container is running$/);
  });

  it('a column renamed PID, before the container is looked up; then the container', () => {
    expect(errorText(given(base).when(top('nosuch', '-o user=PID')).thenFails('top_ps_args'))).toBe('specifying "user=PID" is not allowed');
    expect(errorText(given(base).when(top('nosuch', '-o pid,user=PIDX')).thenFails('top_ps_args'))).toBe('specifying "pid,user=PIDX" is not allowed');
    given(base).when(top('nosuch', '-o pid=PID')).thenFails('no_such_container');
    const g = given(base, [run('web', SH)]);
    expect(rows(g.when(top('web', '-o pid=PID')))).toEqual(['PID', '2', '3']);
  });

  it('no PID among the titles; a word under PID that is no number', () => {
    const g = given(base, [run('web', SH)]);
    for (const o of ['-o comm', '-o pid=X,comm', '-o pid=', '-o pid=,comm']) expect(errorText(g.when(top('web', o)).thenFails('top_no_pid_field')), o).toBe("Couldn't find PID field in ps output");
    expect(errorText(g.when(top('web', '-o cmd,pid')).thenFails('top_unexpected_pid'))).toBe(`Unexpected pid '-c': strconv.Atoi: parsing "-c": invalid syntax`);
  });

  it('ps’s own errors, its first reading’s, wrapped by the daemon', () => {
    const g = given(base, [run('web', SH)]);
    const cases: [string, string][] = [
      ['-k', 'ps: error: unsupported SysV option'],
      ['-Ak', 'ps: error: unsupported SysV option'],
      ['k', 'ps: error: long sort specification must follow \'k\''],
      ['b', 'ps: error: unsupported option (BSD syntax)'],
      ['--bogus', 'ps: error: unknown gnu long option'],
      ['-o bogus', 'ps: error: unknown user-defined format specifier "bogus"'],
      ['-o ,pid', 'ps: error: improper format list'],
      ['-o pid u', 'ps: error: conflicting format options'],
      ['-o', 'ps: error: format specification must follow -o'],
      ['o', 'ps: error: format specification must follow o'],
      ['--format', 'ps: error: format specification must follow --format'],
      ['-e ', 'ps: error: garbage option'],
      ['-- -e', 'ps: error: garbage option'],
      ['-o bogus -k', 'ps: error: unsupported SysV option'],
    ];
    for (const [o, text] of cases) expect(errorText(g.when(top('web', o)).thenFails('ps_failed')), o).toBe(text);
  });

  it('ps’s second reading: -aux and -u are BSD’s once the user x does not parse', () => {
    const g = given(base, [run('web', SH)]);
    for (const o of ['-aux', '-ux', '-u', '-axu']) expect(rows(g.when(top('web', o)))[0], o).toBe('USER|PID|%CPU|%MEM|VSZ|RSS|TTY|STAT|START|TIME|COMMAND');
    expect(rows(g.when(top('web', '-ax')))[0]).toBe('PID|TTY|STAT|TIME|COMMAND');
    expect(rows(g.when(top('web', '-o pid -x')))[0]).toBe('PID');
    // when the second reading fails too, the first one's error
    expect(errorText(g.when(top('web', '-aux -A')).thenFails('ps_failed'))).toBe('ps: error: user name does not exist');
    expect(errorText(g.when(top('web', '-aux -o pid')).thenFails('ps_failed'))).toBe('ps: error: user name does not exist');
  });

  it('a ps option strata does not model is refused as such, and nothing is logged', () => {
    const g = given(base, [run('web', SH)]);
    for (const o of ['-l', 'l', '-F', '--forest', '-o pid,lstart', '-o pid:5', '-p 1', '-ex', '-e -aux', '-u root', '-e -j -o pid', 'kpid']) {
      const t = g.when(top('web', o)).thenFails('unsupported');
      expect(errorText(t), o).toMatch(/^strata: docker top with ps .* is not modelled \(strata models ps /);
    }
  });
});

describe('docker top under --init', () => {
  it('docker-init is PID 1, the program its child in a process group of its own', () => {
    const g = given(base, [{ type: 'run', detach: true, ...createRequest('web', SH, { init: true }) }]);
    expect(rows(g.when(top('web', '-o pid,ppid,pgid,sid,stat,comm,args')))).toEqual([
      'PID|PPID|PGID|SID|STAT|COMMAND|COMMAND',
      '2|1|2|2|Ss|docker-init|/sbin/docker-init -- sh -c sleep 1000; true',
      '3|2|3|2|S|sh|sh -c sleep 1000; true',
      '4|3|3|2|S|sleep|sleep 1000',
    ]);
    const c = findContainer(g.strata.state, 'web');
    expect(isError(c) ? undefined : c.state.pid).toBe(2);
  });
});
