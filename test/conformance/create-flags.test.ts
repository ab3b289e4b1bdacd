/**
 * run/create's -h/--hostname, --stop-signal and --stop-timeout, engine vs model (docs/rules.md LIFE-19–LIFE-21),
 * and the working directory the daemon makes at create and at start (-w, the image's, a build's).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { capture, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-cfl-';
const B = `${P}base:1`;
const N = '--network none';
const ST = '{{.State.Status}}/{{.State.ExitCode}}/{{.RestartCount}}';
/** a second of real time on the engine, of model time on strata */
const TICK = (s: number) => step(`run ${N} --rm --name ${P}tick ${B} sleep ${s}`);
const LOOP = (traps: string) => `sh -c "${traps}; while :; do sleep 1; done"`;
const A64 = 'a'.repeat(64);
/** A build context holding only `dockerfile`, removed after the file's tests. */
const contexts: string[] = [];
const context = (dockerfile: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'strata-cfl-'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  contexts.push(dir);
  return dir;
};

describeEngine('create flags conformance', () => {
  afterEach(() => cleanup(P));
  afterAll(() => {
    for (const d of contexts) rmSync(d, { recursive: true, force: true });
  });

  it('-h/--hostname: /etc/hostname, $HOSTNAME, inspect, commit, what the kernel refuses', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --rm -h myhost ${B} sh -c 'cat /etc/hostname; echo $HOSTNAME'`),
      step(`run ${N} --name ${P}h1 --hostname a.b.c ${B} sh -c 'cat /etc/hostname /etc/hosts'`),
      step(`inspect -f '{{.Config.Hostname}}|{{.Config.Domainname}}' ${P}h1`),
      // the daemon checks nothing: spaces, a leading dash, 64 bytes all start
      step(`run ${N} --rm -h '-odd name_' ${B} sh -c 'cat /etc/hostname'`),
      step(`run ${N} --rm -h ${A64} ${B} sh -c 'echo $HOSTNAME'`),
      step(`run ${N} --rm -h x -e HOSTNAME=y ${B} sh -c 'cat /etc/hostname; echo $HOSTNAME'`),
      // "" is the default: the short id
      step(`create ${N} --name ${P}h2 -h '' ${B} true`),
      step(`inspect -f '{{.Config.Hostname}}' ${P}h2`),
      // sethostname(2) refuses more than 64 bytes: the start fails, after the create
      step(`run ${N} --name ${P}h3 -h ${A64}b ${B} true`),
      step(`inspect -f '${ST}|{{.State.Error}}' ${P}h3`),
      step(`create ${N} --name ${P}h4 -h ${'é'.repeat(32)}a ${B} nosuchcmd`),
      step(`start ${P}h4`),
      step(`inspect -f '${ST}|{{.State.Error}}' ${P}h4`),
      step(`run ${N} -d --name ${P}h5 -h ${'é'.repeat(32)} ${B} true`),
      step(`wait ${P}h5`),
      // commit keeps the hostname in both configs; a container of the image has its own again
      step(`commit ${P}h1 ${P}img:1`),
      step(`inspect -f '{{.ContainerConfig.Hostname}}|{{.Config.Hostname}}' ${P}img:1`),
      step(`create ${N} --name ${P}h6 ${P}img:1 true`),
      step(`inspect -f '{{.Config.Hostname}}' ${P}h6`),
      step(`create ${N} --name ${P}h7 -h from-flag ${P}img:1 true`),
      step(`inspect -f '{{.Config.Hostname}}' ${P}h7`),
    ]);
    expectConformant(results);
  });

  it('--stop-signal: what parses, inspect, stop and restart send it, commit and inheritance', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --stop-signal FOO ${B} true`),
      step(`create ${N} --stop-signal SIGFOO ${B} true`),
      step(`create ${N} --stop-signal 1.5 ${B} true`),
      step(`run ${N} --stop-signal 0 ${B} true`),
      step(`run ${N} --stop-signal -0 --rm ${B} true`),
      step(`create ${N} --name ${P}s1 --stop-signal 65 ${B} true`),
      step(`create ${N} --name ${P}s2 --stop-signal -1 ${B} true`),
      step(`create ${N} --name ${P}s3 --stop-signal rtmin+3 ${B} true`),
      step(`create ${N} --name ${P}s4 --stop-signal sigusr1 ${B} true`),
      step(`create ${N} --name ${P}s5 --stop-signal '' ${B} true`),
      step(`inspect -f '{{.Config.StopSignal}}|{{json .Config.StopSignal}}' ${P}s1 ${P}s2 ${P}s3 ${P}s4 ${P}s5`),
      step(`inspect -f '{{json .Config}}' ${P}s4`),
      // stop sends the stop signal (a trap decides the exit code); kill still sends KILL
      step(`run ${N} -d --name ${P}u1 --stop-signal USR1 ${B} ${LOOP("trap 'exit 3' USR1; trap 'exit 4' TERM")}`),
      // the engine keeps the events of earlier runs of this file: only this run's
      capture('T0', `inspect -f {{.Created}} ${P}u1`),
      step(`stop -t 5 ${P}u1`),
      step(`inspect -f '${ST}' ${P}u1`),
      step(`restart -t 5 ${P}u1`),
      step(`inspect -f '${ST}' ${P}u1`),
      step(`kill ${P}u1`),
      step(`inspect -f '${ST}' ${P}u1`),
      // a stop signal PID 1 has no handler for: SIGKILL after the grace period
      step(`run ${N} -d --name ${P}u2 --stop-signal HUP ${B} ${LOOP("trap 'exit 4' TERM")}`),
      step(`stop -t 1 ${P}u2`),
      step(`inspect -f '${ST}' ${P}u2`),
      // commit keeps it, and a container of the image inherits it unless it has its own
      step(`commit ${P}s4 ${P}img:1`),
      // not a change commit or import takes
      step(`commit -c 'STOPSIGNAL HUP' ${P}s4 ${P}img:2`),
      step(`inspect -f '{{.ContainerConfig.StopSignal}}|{{.Config.StopSignal}}' ${P}img:1`),
      step(`create ${N} --name ${P}s6 ${P}img:1 true`),
      step(`create ${N} --name ${P}s7 --stop-signal HUP ${P}img:1 true`),
      step(`create ${N} --name ${P}s8 --stop-signal '' ${P}img:1 true`),
      step(`inspect -f '{{.Config.StopSignal}}' ${P}s6 ${P}s7 ${P}s8`),
      step(`run ${N} -d --name ${P}u3 ${P}img:1 ${LOOP("trap 'exit 3' USR1; trap 'exit 4' TERM")}`),
      step(`stop -t 5 ${P}u3`),
      step(`inspect -f '${ST}' ${P}u3`),
      // `--until 0s` is the client's now in whole seconds: a second for the last events to fall in the window
      TICK(1),
      step(`events --since %T0% --until 0s --filter container=${P}u1 --filter container=${P}u2 --filter event=kill --format '{{.Actor.Attributes.name}} {{.Action}} {{.Actor.Attributes.signal}}'`),
    ]);
    expectConformant(results);
  });

  it('--stop-signal and the restart manager: only the stop signal (or KILL) cancels it', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}r1 --restart on-failure:1 --stop-signal TERM ${B} ${LOOP("trap 'exit 3' USR1")}`),
      step(`run ${N} -d --name ${P}r2 --restart on-failure:1 ${B} ${LOOP("trap 'exit 3' USR1")}`),
      step(`run ${N} -d --name ${P}r3 --restart on-failure:1 --stop-signal USR1 ${B} ${LOOP("trap 'exit 3' USR1; trap 'exit 4' TERM")}`),
      step(`kill -s USR1 ${P}r1 ${P}r2`),
      step(`kill -s TERM ${P}r3`),
      TICK(3),
      // r1 and r3 ran again: the signal was not their stop signal; r2 has none, so any signal cancels
      step(`inspect -f '${ST}' ${P}r1 ${P}r2 ${P}r3`),
      // the daemon's ParseSignal takes any integer: -1 becomes a uint64 it has no signal for, +9 is KILL
      step(`kill -s -1 ${P}r1`),
      step(`kill -s TERM ${P}r1`),
      step(`stop -t 5 ${P}r3`),
      TICK(2),
      step(`inspect -f '${ST}' ${P}r1 ${P}r3`),
      step(`kill -s +9 ${P}r1`),
      step(`inspect -f '${ST}' ${P}r1`),
    ]);
    expectConformant(results);
  });

  it('--stop-timeout: parsing, inspect, the default of stop and restart, -t over it, -1, commit', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --stop-timeout x ${B} true`),
      step(`run ${N} --stop-timeout 1.5 ${B} true`),
      step(`create ${N} --stop-timeout 9223372036854775808 ${B} true`),
      step(`create ${N} --stop-timeout '' ${B} true`),
      step(`create ${N} --name ${P}t1 --stop-timeout 0x10 ${B} true`),
      step(`create ${N} --name ${P}t2 --stop-timeout 010 ${B} true`),
      step(`create ${N} --name ${P}t3 --stop-timeout -2 ${B} true`),
      step(`create ${N} --name ${P}t4 --stop-timeout 0 ${B} true`),
      step(`create ${N} --name ${P}t5 ${B} true`),
      step(`inspect -f '{{.Config.StopTimeout}}|{{json .Config.StopTimeout}}' ${P}t1 ${P}t2 ${P}t3 ${P}t4 ${P}t5`),
      step(`inspect -f '{{json .Config}}' ${P}t4`),
      // stop's default grace period is the container's: 1 s here, then SIGKILL
      step(`run ${N} -d --name ${P}k1 --stop-timeout 1 ${B} sleep 1000`),
      step(`stop ${P}k1`),
      step(`inspect -f '${ST}' ${P}k1`),
      step(`restart ${P}k1`),
      step(`inspect -f '${ST}' ${P}k1`),
      // -t wins over it
      step(`run ${N} -d --name ${P}k2 --stop-timeout 300 ${B} sleep 1000`),
      step(`stop -t 0 ${P}k2`),
      step(`inspect -f '${ST}' ${P}k2`),
      // a negative timeout waits for the process, however long
      step(`run ${N} -d --name ${P}k3 --stop-timeout -1 ${B} ${LOOP("trap 'exit 4' TERM")}`),
      step(`stop ${P}k3`),
      step(`inspect -f '${ST}' ${P}k3`),
      // commit keeps it; a container of the image does not inherit it
      step(`commit ${P}t4 ${P}img:1`),
      step(`inspect -f '{{json .ContainerConfig.StopTimeout}}|{{json .Config.StopTimeout}}' ${P}img:1`),
      step(`create ${N} --name ${P}t6 ${P}img:1 true`),
      step(`inspect -f '{{json .Config.StopTimeout}}' ${P}t6`),
      step(`ps -a --filter name=${P}k --format '{{.Names}}|{{.Status}}'`),
    ]);
    expectConformant(results);
  });

  it('-w: made at create and at every start, through symlinks in the container\'s scope; the daemon\'s errors undo the create', async () => {
    const W = `${P}wd:1`;
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}mk ${B} sh -c 'ln -s /lp /lp; ln -s /nowhere/d /dang; ln -s busybox /bin/bb2; ln -s ../.. /bin/up'`),
      step(`commit ${P}mk ${W}`),
      // a loop, a file, a path through a file, a symlink to a file: the container is made, then removed
      step(`create ${N} --name ${P}w0 -w /lp ${W} true`),
      step(`create ${N} --name ${P}w0 -w /lp/x ${W} true`),
      step(`create ${N} --name ${P}w0 -w /bin/busybox ${W} true`),
      step(`create ${N} --name ${P}w0 -w /bin/busybox/x ${W} true`),
      step(`create ${N} --name ${P}w0 -w /bin//bb2/ ${W} true`),
      step(`run ${N} --name ${P}w0 -w /bin/busybox ${W} true`),
      step(`ps -a --filter name=${P}w0 --format '{{.Names}}'`),
      // a dangling symlink makes its target; `..` stays in the root; the path is kept cleaned
      step(`create ${N} --name ${P}w1 -w /dang/x ${W} true`),
      step(`diff ${P}w1`),
      step(`create ${N} --name ${P}w2 -w /bin/up/../up/q ${W} true`),
      step(`diff ${P}w2`),
      step(`create ${N} --name ${P}w3 -w /a//b/./c/ ${W} true`),
      step(`inspect -f '{{json .Config.WorkingDir}}' ${P}w1 ${P}w2 ${P}w3`),
      step(`diff ${P}w3`),
      // a start makes it again, or fails when a file took its place
      step(`run ${N} --name ${P}r1 -w /wd ${B} sh -c 'cd /; rmdir /wd'`),
      step(`diff ${P}r1`),
      step(`start -a ${P}r1`),
      step(`run ${N} --name ${P}r2 -w /wd ${B} sh -c 'cd /; rmdir /wd && echo x > /wd'`),
      step(`start ${P}r2`),
      step(`inspect -f '${ST}|{{.State.Error}}' ${P}r2`),
      step(`start -a ${P}r2`),
      // a build's containers: WORKDIR's own, and the next step's once a file took the directory's place
      step(`build -t ${P}b1 ${context(`FROM ${W}\nWORKDIR /lp\n`)}`),
      step(`build -t ${P}b2 ${context(`FROM ${B}\nWORKDIR /x\nRUN cd / && rmdir /x && echo > /x\nENV A=1\n`)}`),
      // `--until 0s` is the client's now in whole seconds: a second for the last events to fall in the window
      TICK(1),
      step(`events --since %T0% --until 0s --filter container=${P}w0 --filter container=${P}w1 --filter container=${P}r2 --format '{{.Action}} {{.Actor.Attributes.name}}'`),
      step(`events --since %T0% --until 0s --filter event=destroy --filter image=${W} --format '{{.Action}} {{.Actor.Attributes.image}}'`),
    ]);
    expectConformant(results);
  });
});
