/** stop / kill / restart / pause semantics, engine vs model (docs/rules.md LIFE-5–LIFE-7, LIFE-15). */
import { afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-sig-';
const B = `${P}base:1`;
const N = '--network none';
const ST = '{{.State.Status}}/{{.State.Running}}/{{.State.Paused}}/{{.State.ExitCode}}';
/**
 * A signal to a paused container without a stop signal of its own has the daemon resume it, and the
 * daemon learns it is running again from containerd's event a moment after `kill` returns (seen in
 * CI: `inspect` still paused). A second of real time on the engine, of model time on strata.
 */
const RESUMED = step(`run ${N} --rm --name ${P}tick ${B} sleep 1`);

describeEngine('signals conformance', () => {
  // Each scenario starts from an engine without this file's objects, as strata starts empty.
  afterEach(() => cleanup(P));

  it('stop: TERM-ignoring PID 1, traps, created and exited containers', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}s1 ${B} sleep 1000`),
      step(`stop -t 1 ${P}s1`),
      step(`inspect -f ${ST} ${P}s1`),
      step(`stop -t 1 ${P}s1`),
      step(`inspect -f ${ST} ${P}s1`),
      step(`create ${N} --name ${P}c1 ${B} sleep 1000`),
      step(`stop -t 0 ${P}c1`),
      step(`inspect -f ${ST} ${P}c1`),
      step(`run ${N} -d --name ${P}t0 ${B} sh -c "trap 'exit 0' TERM; while :; do sleep 1; done"`),
      step(`stop -t 5 ${P}t0`),
      step(`inspect -f ${ST} ${P}t0`),
      step(`run ${N} -d --name ${P}t5 ${B} sh -c "trap 'exit 5' TERM; while :; do sleep 1; done"`),
      step(`stop -t 5 ${P}t5`),
      step(`inspect -f ${ST} ${P}t5`),
      step(`run ${N} -d --name ${P}sh ${B} sh -c 'sleep 1000; true'`),
      step(`stop -t 1 ${P}sh`),
      step(`inspect -f ${ST} ${P}sh`),
      step(`stop -t 0 ${P}s1 ${P}nosuch`),
      step(`stop -t x ${P}s1`),
      step(`ps -a --filter name=${P} --format '{{.Names}}|{{.State}}|{{.Status}}'`),
    ]);
    expectConformant(results);
  });

  it('kill: default KILL, ignored and handled signals, invalid signals', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}k1 ${B} sleep 1000`),
      step(`kill -s TERM ${P}k1`),
      step(`kill -s USR1 ${P}k1`),
      step(`inspect -f ${ST} ${P}k1`),
      step(`kill -s BOGUS ${P}k1`),
      step(`kill -s 0 ${P}k1`),
      step(`kill ${P}k1`),
      step(`inspect -f ${ST} ${P}k1`),
      step(`kill ${P}k1`),
      step(`kill -s TERM ${P}k1`),
      step(`kill ${P}nosuch`),
      step(`create ${N} --name ${P}kc ${B} sleep 1000`),
      step(`kill ${P}kc`),
      // A trap runs once the foreground `sleep 1` ends (up to a second later), so what a handler does
      // is only looked at after `wait` (the model's sh has no `&`, so `sleep 1000 & wait $!`, which
      // would run it at once, cannot be used). One USR1 only: two within a second may coalesce.
      step(`run ${N} -d --name ${P}k3 ${B} sh -c "trap 'exit 7' TERM; trap 'echo got usr1' USR1; while :; do sleep 1; done"`),
      step(`kill -s USR1 ${P}k3`),
      step(`inspect -f ${ST} ${P}k3`),
      step(`kill -s TERM ${P}k3`),
      step(`wait ${P}k3`),
      step(`inspect -f ${ST} ${P}k3`),
      step(`logs ${P}k3`),
      step(`run ${N} -d --name ${P}k4 ${B} sh -c "trap 'exit 9' HUP; while :; do sleep 1; done"`),
      step(`kill -s 1 ${P}k4`),
      step(`wait ${P}k4`),
      step(`inspect -f ${ST} ${P}k4`),
      step(`kill -s KILL ${P}k4 ${P}nosuch`),
      // `sh -c` catches INT and ends with 130 once its sleep returns (LIFE-6)
      step(`run ${N} -d --name ${P}k6 ${B} sh -c 'while :; do sleep 1; done'`),
      step(`kill -s INT ${P}k6`),
      step(`wait ${P}k6`),
      step(`run ${N} -d --name ${P}k5 ${B} sleep 1000`),
      step(`kill -s SIGINT ${P}k5`),
      step(`kill -s sigquit ${P}k5`),
      // Real-time signals (RTMIN+n, 34..64) are not modelled: strata refuses them, so none here.
      step(`kill -s 65 ${P}k5`),
      step(`kill -s 32 ${P}k5`),
      step(`kill -s BOGUS ${P}nosuch`),
      step(`kill -s 65 ${P}nosuch`),
      step(`inspect -f ${ST} ${P}k5`),
      step(`kill -s 9 ${P}k5`),
      step(`inspect -f ${ST} ${P}k5`),
    ]);
    expectConformant(results);
  });

  it('pause / unpause and signals to paused containers', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}p1 ${B} sleep 1000`),
      step(`pause ${P}p1`),
      step(`inspect -f ${ST} ${P}p1`),
      step(`ps --filter name=${P}p1 --format '{{.Names}}|{{.State}}|{{.Status}}'`),
      step(`pause ${P}p1`),
      step(`start ${P}p1`),
      step(`unpause ${P}p1`),
      step(`unpause ${P}p1`),
      step(`pause ${P}p1`),
      step(`kill -s TERM ${P}p1`),
      RESUMED,
      step(`inspect -f ${ST} ${P}p1`),
      step(`pause ${P}p1`),
      step(`stop -t 1 ${P}p1`),
      step(`inspect -f ${ST} ${P}p1`),
      step(`pause ${P}p1`),
      step(`unpause ${P}p1`),
      step(`run ${N} -d --name ${P}p2 ${B} sh -c "trap 'exit 0' TERM; while :; do sleep 1; done"`),
      step(`pause ${P}p2`),
      step(`stop -t 3 ${P}p2`),
      step(`inspect -f ${ST} ${P}p2`),
      // The USR1 handler runs once the current `sleep 1` ends, so its output is looked at only
      // after the TERM handler has ended the container (`wait`).
      step(`run ${N} -d --name ${P}p3 ${B} sh -c "trap 'echo usr1' USR1; trap 'exit 3' TERM; while :; do sleep 1; done"`),
      step(`pause ${P}p3`),
      step(`kill -s USR1 ${P}p3`),
      RESUMED,
      step(`inspect -f ${ST} ${P}p3`),
      step(`kill -s TERM ${P}p3`),
      step(`wait ${P}p3`),
      step(`inspect -f ${ST} ${P}p3`),
      step(`logs ${P}p3`),
      step(`run ${N} -d --name ${P}p4 ${B} sleep 1000`),
      step(`pause ${P}p4`),
      step(`kill ${P}p4`),
      step(`inspect -f ${ST} ${P}p4`),
      step(`create ${N} --name ${P}pc ${B} sleep 1000`),
      step(`pause ${P}pc`),
      step(`unpause ${P}pc`),
      step(`pause ${P}nosuch`),
    ]);
    expectConformant(results);
  });

  it('restart from every state', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}r1 ${B} sleep 1000`),
      step(`restart -t 1 ${P}r1`),
      step(`inspect -f ${ST}/{{.RestartCount}} ${P}r1`),
      step(`restart -t 0 ${P}r1`),
      step(`inspect -f ${ST}/{{.RestartCount}} ${P}r1`),
      step(`kill ${P}r1`),
      step(`restart -t 0 ${P}r1`),
      step(`inspect -f ${ST}/{{.RestartCount}} ${P}r1`),
      step(`pause ${P}r1`),
      step(`restart -t 0 ${P}r1`),
      step(`inspect -f ${ST}/{{.RestartCount}} ${P}r1`),
      step(`restart -t 0 ${P}nosuch`),
      step(`run ${N} -d --name ${P}r2 ${B} sh -c "trap 'exit 3' TERM; while :; do sleep 1; done"`),
      step(`restart -t 5 ${P}r2`),
      step(`inspect -f ${ST} ${P}r2`),
      step(`rm -f ${P}r1 ${P}r2`),
    ]);
    expectConformant(results);
  });
});
