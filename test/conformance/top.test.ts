/**
 * docker top and run/create --init, engine vs model. `top` runs the engine host's ps (procps-ng
 * 4.0.2) over the container's processes; its host facts (pids, start times, CPU and memory) are
 * masked and its rows compared in an order of their own (src/testing/observe.ts maskProcessTable).
 * Only what the model models is typed here: every other ps option is refused by strata as such.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { type SideCli, capture, runBoth, sideBySide, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-top-';
const B = `${P}base:1`;
const N = '--network none';
const ST = '{{.State.Status}}/{{.State.Running}}/{{.State.Paused}}/{{.State.ExitCode}}';
const LOOP = `sh -c 'while :; do sleep 1; done'`;
const SINCE = `--since %T0% --until 0s`;
const TICK = step(`run ${N} --rm --name ${P}tick ${B} sleep 1`);

describeEngine('top conformance', () => {
  afterEach(() => cleanup(P));

  it('ps -ef: a program, and shells that fork their last command or exec it', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}s1 ${B} sleep 1000`),
      step(`top ${P}s1`),
      step(`run ${N} -d --name ${P}s2 ${B} sh -c 'sleep 1000; true'`),
      step(`top ${P}s2`),
      step(`run ${N} -d --name ${P}s3 ${B} sh -c 'true; sleep 1000'`),
      step(`top ${P}s3`),
      step(`run ${N} -d --name ${P}s4 ${B} sh -c 'true && sleep 1000 || true'`),
      step(`top ${P}s4`),
      step(`run ${N} -d --name ${P}s5 ${B} sh -c 'false || true && X=1 sleep 1000 > /dev/null'`),
      step(`top ${P}s5`),
      step(`run ${N} -d --name ${P}s6 ${B} sh -c "trap 'exit 3' TERM; sleep 1000"`),
      step(`top ${P}s6`),
      step(`run ${N} -d --name ${P}s7 ${B} sh -c "trap '' TERM; sleep 1000 # done"`),
      step(`top ${P}s7`),
      step(`run ${N} -d --name ${P}s8 ${B} sh -c "trap 'x' INT; trap - INT; sleep 1000"`),
      step(`top ${P}s8`),
      step(`run ${N} -d --name ${P}s9 ${B} sh -c 'sleep 1000;
'`),
      step(`top ${P}s9`),
      step(`run ${N} -d --name ${P}s10 ${B} sh -c 'echo a
! sleep 1000	; true'`),
      step(`top ${P}s10`),
      step(`run ${N} -d --name ${P}s11 ${B} ${LOOP}`),
      step(`top ${P}s11`),
      step(`run ${N} -d --name ${P}s12 ${B} busybox sleep 1000`),
      step(`top ${P}s12`),
      step(`run ${N} -d --name ${P}s13 ${B} sh -c '/bin/sleep 1000; true' arg0 '' 'b  c'`),
      step(`top ${P}s13`),
      step(`container top ${P}s13`),
    ]);
    expectConformant(results);
  });

  it('ps options: formats, format lists, and the errors of ps and of the daemon', async () => {
    const options = [
      'aux', '-aux', 'u', 'a', 'x', 'ax', '-e x', '-ef', '-f', '-e', '-A', '-a', '-j', '-fj', '-f -j', '-eo pid,comm', 'o pid,comm', 'opid',
      '--format pid,comm', '--format=pid', '-opid', '-o pid,ppid,pgid,sid,user,ruser,euser,uname,uid,ruid,euid,group,gid',
      '-o pid,comm,ucomm,ucmd,args,command,cmd', '-o pid,stat,s,state,tty,tt,tname,time,cputime,stime,start_time,etime,etimes',
      '-o pid,c,%cpu,pcpu,%mem,pmem,vsz,rss', '-o pid,comm=', '-o comm=ab,pid', '-o pid,args -o comm', '-o pid,',
      // the daemon's errors
      '-o comm', '-o pid=X,comm', '-o pid=', '-o pid=,comm', '-o user=PID', '-o pid,user=PID', '-o cmd,pid',
      // ps's errors
      '-k', 'b', 'axb', '--bogus', '--bogus=1', '-o bogus', '-o pid,bogus', '-o ,pid', '-o pid,,comm', '-o PID', '-o pid u',
      'u -o pid', '-o', 'o', '--format', '--format=', '-o bogus -k', '-#', '#', '-aux -A', '-aux -o pid', '-u', '-ux', '-axu', '-o pid -x',
      'k', '-Ak',
    ];
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}o1 ${B} sh -c 'sleep 1000; true'`),
      ...options.map((o) => step(`top ${P}o1 ${o}`)),
      step(`top ${P}o1 -e ''`),
      step(`top ${P}o1 ''`),
      step(`top ${P}o1 -- -e`),
      step(`top ${P}nosuch`),
      step(`top ${P}nosuch -o user=PID`),
      step(`top ${P}nosuch -k`),
      step('top'),
      step(`top -x ${P}o1`),
      step(`container top`),
    ]);
    expectConformant(results);
  });

  it('created, paused and exited containers; the top event', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}c1 ${B} sleep 1000`),
      capture('T0', `inspect -f {{.Created}} ${P}c1`),
      step(`top ${P}c1`),
      step(`top ${P}c1 -k`),
      step(`run ${N} --name ${P}e1 ${B} true`),
      step(`top ${P}e1`),
      step(`run ${N} -d --name ${P}p1 ${B} sh -c 'sleep 1000; true'`),
      step(`pause ${P}p1`),
      step(`top ${P}p1`),
      step(`top ${P}p1 -o pid,stat,s,comm`),
      step(`top ${P}p1 aux`),
      step(`unpause ${P}p1`),
      step(`top ${P}p1 -o pid,stat,s,comm`),
      step(`run ${N} -d --name ${P}k1 ${B} sleep 1000`),
      step(`top ${P}k1 -o pid,comm`),
      step(`kill ${P}k1`),
      step(`top ${P}k1`),
      step(`start ${P}k1`),
      step(`top ${P}k1 -o pid,comm`),
      TICK,
      step(`events ${SINCE} --filter container=${P}c1 --filter container=${P}e1 --filter container=${P}p1 --filter container=${P}k1`),
      step(`events ${SINCE} --filter event=top --filter container=${P}p1 --format '{{.Type}} {{.Action}} {{.Actor.Attributes}}'`),
    ]);
    expectConformant(results);
  });

  it('a restarting container: the daemon refuses top until it runs again', async () => {
    // The restart manager waits 100 ms before the first restart, then twice as long each time: a top
    // right after the run lands in that window only as the machine's load allows (seen in CI: the
    // container already running again, its program gone). So both sides are watched until the
    // container waits 3.2 s for its sixth start, and top is asked then.
    const run = async (cli: SideCli): Promise<string> => {
      const id = (await cli(['run', '--network', 'none', '-d', '--restart', 'always', '--name', `${P}r1`, B, 'sh', '-c', 'exit 3'])).stdout.trim();
      for (const started = Date.now(); Date.now() - started < 30_000; ) {
        const st = (await cli(['inspect', '-f', '{{.RestartCount}} {{.State.Restarting}}', `${P}r1`])).stdout.trim().split(' ');
        if (Number(st[0]) >= 5 && st[1] === 'true') {
          const r = await cli(['top', `${P}r1`]);
          return `${r.exitCode} ${r.stdout}${r.stderr}`.replaceAll(id, '<id>');
        }
        await delay(100);
      }
      return 'never restarting with RestartCount 5 in 30 s';
    };
    const { engine, model } = await sideBySide(P, run);
    expect(model).toBe(engine);
    expect(engine).toBe('1 Error response from daemon: Container <id> is restarting, wait until the container is running\n');
  }, 60_000);

  it('-u: the user and group columns of the container\'s user, under docker-init and in its children too', async () => {
    const IDS = '-o pid,user,uname,ruser,euser,uid,ruid,euid,group,gid,comm';
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}u1 -u 4001 ${B} sleep 1000`),
      step(`start ${P}u1`),
      step(`top ${P}u1 -ef`),
      step(`top ${P}u1 aux`),
      step(`top ${P}u1 ${IDS}`),
      step(`run ${N} -d --name ${P}u2 --init -u 4001:4002 ${B} sh -c 'sleep 1000; true'`),
      step(`top ${P}u2 -f`),
      step(`top ${P}u2 ${IDS}`),
      step(`run ${N} -d --name ${P}u3 -u 0:4002 ${B} sleep 1000`),
      step(`top ${P}u3 ${IDS}`),
      // root by its number: the host's name for 0
      step(`run ${N} -d --name ${P}u4 -u 0 ${B} sleep 1000`),
      step(`top ${P}u4 -o user,group,comm`),
    ]);
    expectConformant(results);
  });

  // a dozen containers started, looked at and stopped: over half a minute on a loaded machine
  it('--init: inspect, ps, top, diff and exit codes', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --init --name ${P}i1 ${B} sleep 1000`),
      capture('T0', `inspect -f {{.Created}} ${P}i1`),
      step(`inspect -f '{{.Path}} {{json .Args}} {{json .HostConfig.Init}}' ${P}i1`),
      step(`ps -a --no-trunc --filter name=${P}i1 --format '{{.Command}}'`),
      step(`top ${P}i1`),
      step(`top ${P}i1 -o pid,ppid,pgid,sid,stat,comm,args`),
      step(`top ${P}i1 aux`),
      step(`diff ${P}i1`),
      step(`stop ${P}i1`),
      step(`inspect -f ${ST} ${P}i1`),
      step(`run ${N} -d --init --name ${P}i2 ${B} sh -c 'sleep 1000; true'`),
      step(`top ${P}i2 -o pid,ppid,pgid,sid,stat,comm,args`),
      step(`exec ${P}i2 sh -c 'echo $PPID; exit 4'`),
      step(`restart -t 1 ${P}i2`),
      step(`top ${P}i2 -o pid,ppid,stat,comm,args`),
      step(`inspect -f ${ST}/{{.RestartCount}} ${P}i2`),
      step(`create ${N} --init --name ${P}i3 ${B} sleep 1000`),
      step(`diff ${P}i3`),
      step(`start ${P}i3`),
      step(`diff ${P}i3`),
      step(`create ${N} --init=false --name ${P}i4 ${B} sleep 1000`),
      step(`create ${N} --init=true --name ${P}i5 ${B} sleep 1000`),
      step(`create ${N} --name ${P}i6 ${B} sleep 1000`),
      step(`inspect -f '{{json .HostConfig.Init}} {{.HostConfig.Init}}' ${P}i4 ${P}i5 ${P}i6`),
      step(`run ${N} --init --name ${P}x1 ${B} nosuch`),
      step(`inspect -f '${ST} {{json .State.Error}}' ${P}x1`),
      step(`logs ${P}x1`),
      step(`run ${N} --init --name ${P}x2 ${B} /etc`),
      step(`run ${N} --init --name ${P}x3 ${B} /bin/nosuch/x`),
      step(`run ${N} --init --name ${P}x7 ${B} /bin/sh/x`),
      step(`run ${N} --init --name ${P}x4 ${B} sh -c 'echo hi; exit 7'`),
      step(`run ${N} --init --rm ${B} sh -c 'echo out; echo err >&2'`),
      // runc makes the mount point before it sets the hostname
      step(`run ${N} --init -h ${'h'.repeat(65)} --name ${P}x8 ${B} true`),
      step(`diff ${P}x8`),
      step(`run ${N} -d --init --read-only --name ${P}x5 ${B} sleep 1000`),
      step(`diff ${P}x5`),
      step(`commit ${P}x5 ${P}img:1`),
      step(`history --format '{{.CreatedBy}}|{{.Size}}' ${P}img:1`),
      step(`run ${N} --rm ${P}img:1 sh -c 'ls /sbin; cat /sbin/docker-init; echo end'`),
      step(`run ${N} -d --init --name ${P}x6 ${P}img:1 sleep 1000`),
      step(`diff ${P}x6`),
      TICK,
      step(`events ${SINCE} --filter container=${P}i1 --filter container=${P}x1`),
      step(`rm -f ${P}x5 ${P}x6`),
      step(`rmi ${P}img:1`),
    ]);
    expectConformant(results);
  }, 120_000);

  // a container per signal, each waited for: near a minute on a loaded machine
  it('--init: signals pass to the child, but those docker-init keeps; its exit is the child’s', async () => {
    const kept = ['ABRT', 'SEGV', 'FPE', 'ILL', 'BUS', 'TRAP', 'SYS', 'CHLD', 'WINCH', 'CONT', 'URG', 'TTIN', 'TTOU'];
    const fatal = ['TERM', 'USR1', 'HUP', 'INT', 'QUIT', 'PIPE', 'ALRM', 'USR2', 'XCPU', 'SIGVTALRM'];
    const results = await runBoth(P, [
      step(`run ${N} -d --init --name ${P}k0 ${B} sleep 1000`),
      ...kept.map((s) => step(`kill -s ${s} ${P}k0`)),
      step(`inspect -f ${ST} ${P}k0`),
      ...fatal.flatMap((s, i) => [step(`run ${N} -d --init --name ${P}f${i} ${B} sleep 1000`), step(`kill -s ${s} ${P}f${i}`), step(`wait ${P}f${i}`)]),
      step(`run ${N} -d --init --name ${P}t1 ${B} sh -c "trap 'exit 3' TERM; while :; do sleep 1; done"`),
      step(`top ${P}t1 -o pid,ppid,stat,comm,args`),
      step(`stop -t 5 ${P}t1`),
      step(`inspect -f ${ST} ${P}t1`),
      step(`run ${N} -d --init --name ${P}t2 ${B} sh -c "trap 'echo usr1' USR1; trap 'exit 5' HUP; while :; do sleep 1; done"`),
      step(`kill -s USR1 ${P}t2`),
      step(`kill -s HUP ${P}t2`),
      step(`wait ${P}t2`),
      step(`logs ${P}t2`),
      step(`run ${N} -d --init --name ${P}t3 ${B} sh -c 'sleep 1000; true'`),
      step(`stop ${P}t3`),
      step(`inspect -f ${ST} ${P}t3`),
      step(`run ${N} -d --init --name ${P}t4 ${B} sleep 1000`),
      step(`pause ${P}t4`),
      step(`top ${P}t4 -o pid,stat,comm`),
      step(`kill -s TERM ${P}t4`),
      step(`inspect -f ${ST} ${P}t4`),
      step(`run ${N} -d --init --name ${P}t5 ${B} sleep 1000`),
      step(`kill ${P}t5`),
      step(`inspect -f ${ST} ${P}t5`),
      step(`run ${N} -d --init --name ${P}t6 ${B} ${LOOP}`),
      step(`stop -t 1 ${P}t6`),
      step(`inspect -f ${ST} ${P}t6`),
      // INT to the shell's child: the sleep ash exec'd in its place dies of it at once; a shell that
      // forked it (a newline after the script's last line) catches it, and leaves when the sleep ends
      step(`run ${N} -d --init --name ${P}i6 ${B} sh -c 'echo up > /up; sleep 1000'`),
      step(`kill -s INT ${P}i6`),
      step(`wait ${P}i6`),
      step(`run ${N} -d --init --name ${P}i7 ${B} sh -c 'sleep 4
'`),
      step(`top ${P}i7 -o pid,comm`),
      step(`kill -s INT ${P}i7`),
      step(`inspect -f ${ST} ${P}i7`),
      step(`wait ${P}i7`),
    ]);
    expectConformant(results);
  }, 120_000);
});
