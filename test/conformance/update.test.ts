/**
 * docker update --restart, engine vs model (docs/rules.md UPDATE-1–UPDATE-4): the client's checks and
 * output, the daemon's refusals, each status, and the restart manager following the policy given.
 *
 * The restart manager acts in real time on the engine and on the model's clock, which follows the wall
 * clock from one command to the next. A scenario that looks at it lets time pass with `wait` on a
 * container that sleeps: the engine blocks that long, and the model's clock goes to the same moment
 * (a foreground `sleep`, which carries the model's clock that far past the engine's wait, would put
 * the model seconds ahead). It looks only where both sides are well inside the same phase: a program
 * that runs for seconds, a backoff of several seconds. The engine's `IPv4 forwarding is disabled`
 * warning, which its client prints after the names, is its host's, masked (src/testing/observe.ts).
 */
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { type SideCli, runBoth, sideBySide, step } from '../support/scenario.js';
import { Masker } from '../../src/testing/index.js';
import { expectConformant } from './compare.js';

const P = 'cf-up-';
const B = `${P}base:1`;
const N = '--network none';
/** `seconds` of real time on both sides: a container that sleeps that long, waited for (it prints 0) */
const pass = (name: string, seconds: number) => [step(`run ${N} -d --name ${P}${name} ${B} sleep ${seconds}`), step(`wait ${P}${name}`)];
const POLICY = `inspect -f '{{.Name}} {{json .HostConfig.RestartPolicy}}'`;
const STATE = `inspect -f '{{.Name}} {{.State.Status}} {{.RestartCount}} {{.State.ExitCode}} {{json .HostConfig.RestartPolicy}}'`;

describeEngine('update conformance', () => {
  afterEach(() => cleanup(P));

  it('the client: flags, arguments, policies parsed, each container on its own', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}c1 ${B} sleep 1000`),
      step(`update ${P}c1`),
      step(`update`),
      step(`update --restart`),
      step(`update --restart always ${P}c1 ${P}nosuch ${P}c1`),
      step(`update --restart bogus ${P}c1 ${P}nosuch`),
      step(`update --restart NO ${P}c1`),
      step(`update --restart ' always' ${P}c1`),
      step(`update --restart always:3 ${P}c1`),
      step(`update --restart on-failure:-1 ${P}c1`),
      step(`update --restart on-failure:x ${P}c1 ${P}nosuch`),
      step(`update --restart on-failure: ${P}c1`),
      step(`update --restart on-failure:0x10 ${P}c1`),
      step(`update --restart on-failure:9223372036854775808 ${P}c1`),
      step(`update --restart always:1:2 ${P}c1`),
      step(`update --restart on-failure:+3 ${P}c1`),
      step(`${POLICY} ${P}c1`),
      // a policy without a name is no change, and a success
      step(`update --restart :5 ${P}c1`),
      step(`update --restart '' ${P}c1`),
      step(`${POLICY} ${P}c1`),
      step(`update --restart no:0 ${P}c1`),
      step(`${POLICY} ${P}c1`),
      step(`update --restart=always:-0 ${P}c1`),
      step(`${POLICY} ${P}c1`),
      step(`container update --restart unless-stopped ${P}c1`),
      step(`container update`),
      step(`container update ${P}c1`),
      step(`${POLICY} ${P}c1`),
      step(`update --restart no ${P}nosuch`),
    ]);
    expectConformant(results);
  });

  it('--rm: no policy but no; and create keeps a policy without a name', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --rm --name ${P}r1 ${B} sleep 1000`),
      step(`update --restart always ${P}r1`),
      step(`update --restart on-failure:2 ${P}r1 ${P}nosuch`),
      step(`update --restart unless-stopped:1 ${P}r1`),
      step(`update --restart no ${P}r1`),
      step(`update --restart '' ${P}r1`),
      step(`update --restart :4 ${P}r1`),
      step(`${POLICY} ${P}r1`),
      step(`create ${N} --rm --restart '' --name ${P}r2 ${B} true`),
      step(`create ${N} --restart :3 --name ${P}r3 ${B} true`),
      step(`create ${N} --restart on-failure:+2 --name ${P}r4 ${B} true`),
      step(`${POLICY} ${P}r2 ${P}r3 ${P}r4`),
      step(`update --restart on-failure:1 ${P}r2`),
      step(`update --restart on-failure:1 ${P}r3`),
      step(`${POLICY} ${P}r3`),
    ]);
    expectConformant(results);
  });

  it('the restart manager follows the policy given: created, exited, running, and after a signal', async () => {
    const results = await runBoth(P, [
      // created: on-failure:1 from the first start on (exits at 1 s, restarted once, exits at 2.1 s)
      step(`create ${N} --name ${P}s1 ${B} sh -c 'sleep 1; exit 3'`),
      step(`update --restart on-failure:1 ${P}s1`),
      step(`start ${P}s1`),
      // exited: stays exited; its next start runs under the policy
      step(`run ${N} --name ${P}s4 ${B} sh -c 'exit 4'`),
      step(`update --restart on-failure:1 ${P}s4`),
      step(`${STATE} ${P}s4`),
      step(`start ${P}s4`),
      // a signal before (ignored by PID 1) cancelled the restart manager: always restarts nothing
      step(`run ${N} -d --name ${P}s7 ${B} sh -c 'sleep 2; exit 3'`),
      step(`kill -s USR1 ${P}s7`),
      step(`update --restart always ${P}s7`),
      // running: exits at 1 s, is restarted (100 ms later) and runs 13 s more (the file it left says
      // it ran before): each side is well inside its second run when looked at, whatever the
      // engine's starts take under load
      step(`run ${N} -d --name ${P}s2 ${B} sh -c 'ls /ran && sleep 12; touch /ran; sleep 1'`),
      step(`update --restart always ${P}s2`),
      ...pass('w1', 5),
      step(`${STATE} ${P}s1 ${P}s4 ${P}s7 ${P}s2`),
      // from its next exit on, no more restarts
      step(`update --restart no ${P}s2`),
      step(`wait ${P}s2`),
      step(`${STATE} ${P}s2`),
    ]);
    expectConformant(results);
  });

  it('paused: the policy changes, the status does not; unless-stopped and a stop', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}p1 ${B} sleep 1000`),
      step(`pause ${P}p1`),
      step(`update --restart unless-stopped ${P}p1`),
      step(`${STATE} ${P}p1`),
      step(`unpause ${P}p1`),
      step(`stop -t 0 ${P}p1`),
      ...pass('w1', 1),
      step(`${STATE} ${P}p1`),
    ]);
    expectConformant(results);
  });

  it('restarting: the restart already waiting happens, then the policy given holds', async () => {
    // Restarted after 0.1, 0.2, 0.4, 0.8, 1.6, 3.2 and 6.4 s of backoff, each start taking what the
    // machine's load makes it take on the engine: a look at a fixed time finds the two sides in
    // different phases under load (seen in CI: the engine starting its seventh run while the model
    // waited for it). So each side is watched until the container waits 6.4 s for its seventh start,
    // the policy is changed then, and each is watched until it has exited.
    const until = async (cli: SideCli, format: string, done: (fields: string[]) => boolean): Promise<string> => {
      for (const started = Date.now(); Date.now() - started < 40_000; await delay(100)) {
        const r = await cli(['inspect', '-f', format, `${P}b1`]);
        if (r.exitCode === 0 && done(r.stdout.trim().split(' '))) return r.stdout;
      }
      return `never ${format} as awaited in 40 s`;
    };
    const run = async (cli: SideCli): Promise<string[]> => {
      await cli(['run', '--network', 'none', '-d', '--restart', 'always', '--name', `${P}b1`, B, 'sh', '-c', 'exit 1']);
      const WATCHED = '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}} {{.State.StartedAt}}';
      const waiting = (await until(cli, WATCHED, ([status, , count]) => status === 'restarting' && Number(count) >= 6)).trim().split(' ');
      const update = await cli(['update', '--restart', 'no', `${P}b1`]);
      const exited = (await until(cli, WATCHED, ([status]) => status === 'exited')).trim().split(' ');
      const policy = await cli(['inspect', '-f', '{{json .HostConfig.RestartPolicy}}', `${P}b1`]);
      // the restart that was waiting came (a start after the one the watch saw), counted when it was
      // planned: the count stays
      return [
        `${waiting[0]} ${waiting[1]}`,
        // (the engine's client prints its host's IPv4 forwarding warning, which the masker drops)
        `${update.exitCode} ${new Masker().mask(update.stdout)}${update.stderr}`,
        `${exited[0]} ${exited[1]} ${policy.stdout.trim()}`,
        exited[3] !== waiting[3] ? 'started again' : 'not started again',
        exited[2] === waiting[2] ? 'count kept' : `count ${waiting[2]} then ${exited[2]}`,
      ];
    };
    const { engine, model } = await sideBySide(P, run);
    expect(model).toEqual(engine);
    expect(engine).toEqual(['restarting 1', `0 ${P}b1\n`, 'exited 1 {"Name":"no","MaximumRetryCount":0}', 'started again', 'count kept']);
  }, 120_000);
});
