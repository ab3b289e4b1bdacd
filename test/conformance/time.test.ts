/**
 * stop -t and restart -t at their bounds, engine vs model: pflag's errors for values that are not a
 * Go int, and the values whose time.Duration arithmetic overflows in the client or the daemon (see
 * container/stop-timeout.ts). Only values that end: one that waits without limit would hang the
 * engine's client.
 */
import { afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-time-';
const B = `${P}base:1`;
const N = '--network none';
const ST = '{{.State.Status}}/{{.State.Running}}/{{.State.ExitCode}}';
const DEAF = `sh -c 'trap "" TERM; while :; do sleep 1; done'`;

describeEngine('time conformance', () => {
  afterEach(() => cleanup(P));

  it('stop -t and restart -t: flag errors, and the overflows that end', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}d ${B} ${DEAF}`),
      step(`stop -t 9223372036854775808 ${P}d`),
      step(`stop -t -9223372036854775809 ${P}d`),
      step(`stop -t 99999999999999999999x ${P}d`),
      step(`stop -t 1.5 ${P}d`),
      step(`stop -t 08 ${P}d`),
      step(`restart -t 1__0 ${P}d`),
      step(`stop -t 0x10 ${P}nosuch`),
      step(`inspect -f ${ST} ${P}d`),
      // the daemon's time.Duration overflows: SIGKILL at once
      step(`stop -t 46116860184 ${P}d`),
      step(`inspect -f ${ST} ${P}d`),
      step(`start ${P}d`),
      // the client's overflows: -9223372036854775808 sends 0, 18446744075 sends 1
      step(`restart -t -9223372036854775808 ${P}d`),
      step(`inspect -f ${ST} ${P}d`),
      step(`stop -t 18446744075 ${P}d`),
      step(`inspect -f ${ST} ${P}d`),
      step(`rm ${P}d`),
    ]);
    expectConformant(results);
  });
});
