/**
 * docker events, engine vs model: the messages each verb logs (order, attributes with the
 * container's or image's labels), --since/--until windows, --filter and --format.
 *
 * Every query is a past window, `--since <the scenario's first container's Created> --until 0s`,
 * restricted to this file's objects by a filter: the engine is shared with the other test files.
 * `--until 0s` is the client's now in whole seconds, so a query first waits a second (TICK, a
 * foreground `sleep 1`, which the model's clock follows) for the last events to fall in the window.
 * The engine keeps only its last 256 messages: scenarios are short, so that the other files running
 * alongside do not push theirs out before the query.
 */
import { afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { BASE_TAR, type StepResult, capture, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

/** Unix times (seconds, nanoseconds), as `{{json .}}` and `{{.}}` print them: the masker knows RFC 3339 ones only. */
const maskUnixTimes = (results: readonly StepResult[]): StepResult[] =>
  results.map((r) => {
    const unix = (t: string): string => t.replace(/\b[0-9]{10}(?:[0-9]{9})?\b/g, '<unix>');
    const mask = (o: StepResult['engine']): StepResult['engine'] => ({ ...o, stdout: unix(o.stdout), stderr: unix(o.stderr) });
    return { ...r, engine: mask(r.engine), model: mask(r.model) };
  });

const P = 'cf-ev-';
const B = `${P}base:1`;
const N = '--network none';
const TICK = step(`run ${N} --rm --name ${P}tick ${B} sleep 1`);
const SINCE = `--since %T0% --until 0s`;
const LOOP = `sh -c 'trap "exit 0" TERM; while :; do sleep 1; done'`;

/** --until values: RFC 3339-like dates in every layout GetTimestamp picks, Unix timestamps, mistakes. */
const UNTILS = [
  '2020-11-29T10:00:00.123456789123+02:00', '2020-11-29T10:00:00.999999999999Z', '2020-11-29T10:00:00,5Z', '2020-11-29T10:00:00,5',
  '2020-11-29T10:00:00.5', '2020-11-29T10', '2020-11-29T10Z', '2020-11-29T10:30', '2020-11-29T10:30+01:00', '2020-11-29T10:30:00-01:30',
  '2020-11-29Z', '2020-11-29+05:00', '2020-11-29-05:00', '2020-11-29', '2024-02-29', '2023-02-29', '2020-11-29T1:02:03',
  '2020-11-29T10:2:03', '2020-11-29T24:00:00Z', '2020-11-29T10:60:00Z', '2020-11-29T10:00:60Z', '2020-11-29T10:00:00z',
  '2020-11-29T10:00:00+0100', '2020-11-29T10:00:00+01:0x', '2020-1-29', '26-11-29', '2020-11-29 10:00:00', '2020-11-29T10:00:00.Z',
  '1000000000.123', '1000000000.1234567891', '+1000000000', '01000000000', '1000000000.', '1000000000.-5', '1e9', '5', '0', '1d',
  'T', '0000-01-01', '2020-00-10', '2020-11-00', '2020-11-31', 'µ', '2020-11-29T10:00:00"x',
];

describeEngine('events conformance', () => {
  afterEach(() => cleanup(P));

  it('a container through its lifecycle: create, start, exec, pause, rename, commit, stop, restart, rm -f', async () => {
    const results = await runBoth(P, [
      step(`create ${N} -l k=v -l a=b -l name=zzz -l execID=q --name ${P}c1 ${B} ${LOOP}`),
      capture('T0', `inspect -f {{.Created}} ${P}c1`),
      capture('C1', `inspect -f {{.Id}} ${P}c1`),
      step(`start ${P}c1`),
      step(`exec ${P}c1 echo x`),
      step(`exec ${P}c1 sh -c 'exit 4'`),
      step(`pause ${P}c1`),
      step(`unpause ${P}c1`),
      step(`rename ${P}c1 ${P}c1b`),
      step(`commit ${P}c1b ${P}img:1`),
      step(`commit -m 'a message' --pause=false ${P}c1b`),
      step(`stop ${P}c1b`),
      step(`start ${P}c1b`),
      step(`restart ${P}c1b`),
      step(`pause ${P}c1b`),
      step(`rm -f ${P}c1b`),
      TICK,
      step(`events ${SINCE} --filter container=${P}c1`),
      step(`events ${SINCE} --filter label=container=%C1%`),
      step(`events ${SINCE} --filter container=${P}c1 --filter event=exec_start --filter event=pause`),
      step(`events ${SINCE} --filter container=${P}c1 --filter event=exec_die --format '{{json .}}'`),
      step(`events ${SINCE} --filter container=${P}c1 --filter label=k=v --filter label=exitCode=137 --format '{{.Status}}|{{.From}}|{{.Type}}|{{.Action}}|{{.Actor.Attributes}}|{{.Scope}}'`),
      step(`events ${SINCE} --filter image=${P}img:1`),
      step(`rmi ${P}img:1`),
    ]);
    expectConformant(maskUnixTimes(results));
  });

  it('run and stop with --rm, failed starts, kill and stop of a paused container', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}r0 ${B} true`),
      capture('T0', `inspect -f {{.Created}} ${P}r0`),
      step(`run ${N} --rm -l k=v --name ${P}r1 ${B} sh -c 'echo hi'`),
      step(`run ${N} -d --rm --name ${P}r2 ${B} sleep 100`),
      step(`stop -t 1 ${P}r2`),
      step(`run ${N} --rm --name ${P}r3 ${B} nosuchcmd`),
      step(`run ${N} -d --name ${P}r4 ${B} nosuchcmd`),
      step(`rm ${P}r4`),
      step(`run ${N} -d --name ${P}r5 ${B} sleep 100`),
      step(`pause ${P}r5`),
      step(`kill ${P}r5`),
      step(`run ${N} -d --name ${P}r6 ${B} sleep 100`),
      step(`pause ${P}r6`),
      step(`stop -t 1 ${P}r6`),
      // one at a time: the client removes several containers in parallel, in no set order
      step(`rm ${P}r5`),
      step(`rm ${P}r6`),
      step(`rm ${P}r0`),
      TICK,
      step(`events ${SINCE} --filter container=${P}r`),
      step(`events ${SINCE} --filter container=${P}r --filter type=container --format '{{.Action}} {{.Actor.Attributes.name}}'`),
    ]);
    expectConformant(maskUnixTimes(results));
  });

  it('update: one update event per container updated, with its labels; none for a refused update', async () => {
    const results = await runBoth(P, [
      step(`create ${N} -l k=v --name ${P}u1 ${B} true`),
      capture('T0', `inspect -f {{.Created}} ${P}u1`),
      step(`update --restart always ${P}u1`),
      step(`update --restart bogus ${P}u1`),
      step(`update --restart '' ${P}u1`),
      step(`run ${N} -d --rm -l a=b --name ${P}u2 ${B} sleep 100`),
      step(`update --restart on-failure ${P}u2 ${P}u1`),
      step(`update --restart no ${P}u2`),
      step(`stop -t 1 ${P}u2`),
      step(`rm ${P}u1`),
      TICK,
      step(`events ${SINCE} --filter container=${P}u`),
      step(`events ${SINCE} --filter container=${P}u --filter event=update --format '{{json .}}'`),
    ]);
    expectConformant(maskUnixTimes(results));
  });

  it('image events: import, tag, untag, delete, with the image labels', async () => {
    const results = await runBoth(P, [
      step(`create ${N} -l cfev=1 --name ${P}i1 ${B} true`),
      capture('T0', `inspect -f {{.Created}} ${P}i1`),
      capture('IMG', `commit -c 'LABEL x=1' ${P}i1 ${P}img:1`),
      step(`tag ${P}img:1 ${P}img:2`),
      step(`tag ${B} ${P}img:2`),
      step(`rmi ${P}img:1`),
      step(`rm ${P}i1`),
      TICK,
      step(`events ${SINCE} --filter image=%IMG%`),
      step(`events ${SINCE} --filter type=image --filter label=cfev=1`),
      step(`events ${SINCE} --filter type=image --filter image=${P}img`),
      step(`events ${SINCE} --filter image=%IMG% --format '{{json .}}'`),
    ]);
    expectConformant(maskUnixTimes(results));
  });

  it('restart policy, signals to a paused process, import', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}p0 ${B} true`),
      capture('T0', `inspect -f {{.Created}} ${P}p0`),
      step(`run ${N} -d --restart on-failure:1 --name ${P}p1 ${B} sh -c 'exit 2'`),
      // until the restart has run its course: the engine restarts it a moment later, in real time
      step(`wait ${P}p1`),
      step(`run ${N} -d --name ${P}p2 ${B} sh -c 'trap "exit 5" USR1; while :; do sleep 1; done'`),
      step(`pause ${P}p2`),
      step(`kill -s USR1 ${P}p2`),
      step(`wait ${P}p2`),
      { ...capture('IMP', `import -c 'LABEL im=1' -m hello - ${P}imp:1`), input: BASE_TAR },
      // an import without a tag, tagged by the next command: the import comes first
      { ...capture('IMP2', `import -c 'LABEL im=2' -`), input: BASE_TAR },
      step(`tag %IMP2% ${P}imp:2`),
      TICK,
      step(`events ${SINCE} --filter container=${P}p`),
      step(`events ${SINCE} --filter image=%IMP%`),
      step(`events ${SINCE} --filter image=%IMP2%`),
      step(`rm ${P}p0`),
      step(`rm ${P}p1`),
      step(`rm ${P}p2`),
      step(`rmi ${P}imp:1`),
      step(`rmi ${P}imp:2`),
    ]);
    expectConformant(maskUnixTimes(results));
  });

  it('windows: Unix times, durations, an until still to come; filters and formats', async () => {
    // A duration is before now (`--until 2s` is two seconds ago), so a window still to come needs a
    // Unix time: ten seconds from here is after w1's create, start and die, and before the stream ends.
    const soon = Math.floor(Date.now() / 1000) + 10;
    const results = await runBoth(P, [
      step(`create ${N} -l k=v --name ${P}w1 ${B} true`),
      capture('T0', `inspect -f {{.Created}} ${P}w1`),
      step(`start ${P}w1`),
      // its die before w2's create: the engine's comes a moment after start returns (seen late under load)
      step(`wait ${P}w1`),
      step(`run ${N} -d --name ${P}w2 ${B} sleep 100`),
      step(`exec ${P}w2 true`),
      TICK,
      capture('T0U', `events ${SINCE} --filter container=${P}w1 --filter event=create --format {{.Time}}`),
      step(`events --since %T0U% --until 0s --filter container=${P}w`),
      step(`events --since %T0U%.000000000 --until 0s --filter container=${P}w --filter event=start`),
      step(`events --since 1m --until 0s --filter container=${P}w --filter event=die`),
      step(`events --since 1m --until 0 --filter container=${P}w --filter event=create`),
      step(`events --since 1m --until 0s --filter Container=${P}w2 --filter event=exec_create`),
      step(`events --since 1m --until 0s --filter container=${P}w --filter image=${P}base --filter event=create`),
      step(`events --since 1m --until 0s --filter container=${P}w --filter scope=local --filter label=k --format '{{.}}'`),
      step(`events --since 1m --until 0s --filter container=${P}w --filter scope=swarm`),
      step(`events --since 1m --until 0s --filter container=${P}w --filter type=network`),
      step(`events --since 1m --until 0s --filter container=${P}w --filter bogus=1 --filter event=start --format '{{.Actor.ID}} {{json .Actor.Attributes}}'`),
      step(`events --since 1m --until 0s --filter container=${P}w --filter event=start --format json`),
      // a window that ends in the future: buffered messages, then the stream until it ends
      step(`events --since %T0% --until ${soon} --filter container=${P}w1`),
      step(`rm -f ${P}w2`),
      step(`rm ${P}w1`),
    ]);
    expectConformant(maskUnixTimes(results));
  });

  it('times as the client reads them, and their errors', async () => {
    // A since in 2030 puts every until before it: the daemon's refusal shows what the client sent.
    const results = await runBoth(
      P,
      UNTILS.map((u) => step(`events --since 1900000000 --until '${u}'`)),
    );
    expectConformant(results);
  });

  it('errors: bad times, since after until, filter and format errors', async () => {
    const results = await runBoth(P, [
      step(`events --since bogus --until 0s`),
      step(`events --since 1e3 --until 0s`),
      step(`events --since 2026-13-01 --until 0s`),
      step(`events --since 2026-02-30 --until 0s`),
      step(`events --since -5 --until 0s`),
      step(`events --since 2026-11-29T25:00 --until 0s`),
      step(`events --since 2026-11-29T10:00:00x --until 0s`),
      step(`events --since 2026-11-29T10:00:00+1 --until 0s`),
      step(`events --until nope`),
      step(`events --since 2000000000 --until 1000000000`),
      step(`events --since 2000000000.5 --until 2000000000.25`),
      step(`events --since 2033-05-18T03:33:20Z --until 2001-09-09T01:46:40.5+00:00`),
      step(`events --since 1000000000 --until 1000000001 --filter novalue`),
      step(`events --since 1000000000 --until 1000000001 --format '{{.Bogus}}'`),
      step(`events --since 1000000000 --until 1000000001 --format '{{.Status'`),
      step(`events --since 1000000000 --until 1000000001 --format '{{.Actor.Nope}}'`),
      step(`events --since 1000000000 --until 1000000001 extra`),
      step(`events --since 1000000000 --until 1000000001 --filter container=${P}none`),
      step(`events --since 1000000000 --until 1000000001 --filter '' --filter =x`),
    ]);
    expectConformant(maskUnixTimes(results));
  });
});
