/** wait, logs, rename and ps, engine vs model (docs/rules.md LIFE-12, LIFE-13, NAME-2). */
import { afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-q-';
const B = `${P}base:1`;
const N = '--network none';
const F = `--filter name=${P}`;

describeEngine('queries conformance', () => {
  // Each scenario starts from an engine without this file's objects, as strata starts empty.
  afterEach(() => cleanup(P));

  it('wait and logs', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}w1 ${B} sh -c 'exit 9'`),
      step(`wait ${P}w1`),
      step(`start -a ${P}w1`),
      step(`wait ${P}w1`),
      step(`run ${N} --name ${P}w2 ${B} sh -c 'echo out1; echo err1 >&2; echo out2; exit 3'`),
      step(`wait ${P}w2 ${P}w1`),
      step(`wait ${P}w2 ${P}nosuch ${P}w1`),
      step(`logs ${P}w2`),
      step(`logs ${P}w1`),
      step(`logs ${P}nosuch`),
      step(`logs`),
      step(`logs ${P}w1 ${P}w2`),
      step(`start ${P}w2`),
      step(`wait ${P}w2`),
      step(`logs ${P}w2`),
      step(`run ${N} -d --name ${P}w3 ${B} sh -c 'echo started; sleep 1000'`),
      step(`kill ${P}w3`),
      step(`wait ${P}w3`),
      step(`logs ${P}w3`),
      step(`wait`),
      step(`start -a ${P}nosuch`),
      step(`start ${P}nosuch`),
    ]);
    expectConformant(results);
  });

  it('rename', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}r1 ${B} sleep 1000`),
      step(`create ${N} --name ${P}r2 ${B} sleep 1000`),
      step(`rename ${P}r1 ${P}r1b`),
      step(`inspect -f {{.Name}} ${P}r1b`),
      step(`inspect -f {{.Name}} ${P}r1`),
      step(`rename ${P}r1b ${P}r2`),
      step(`rename ${P}r1b ${P}r1b`),
      step(`rename ${P}nosuch ${P}r3`),
      step(`rename ${P}r1b 'bad name!'`),
      step(`rename ${P}r1b ''`),
      step(`rename ${P}r1b`),
      step(`rename ${P}r1b /${P}r1c`),
      step(`start ${P}r2`),
      step(`pause ${P}r2`),
      step(`rename ${P}r2 ${P}r2b`),
      step(`inspect -f {{.Name}}/{{.State.Status}} ${P}r2b`),
      step(`rm -f ${P}r2b`),
      step(`rename ${P}r1c ${P}r2b`),
      step(`ps -a ${F} --format '{{.Names}}'`),
    ]);
    expectConformant(results);
  });

  it('ps: listing, quiet, no-trunc, filters, format', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}ps-created ${B} sleep 1000`),
      step(`run ${N} -d --name ${P}ps-running ${B} sleep 1000`),
      step(`run ${N} -d --name ${P}ps-paused ${B} sleep 1000`),
      step(`pause ${P}ps-paused`),
      step(`run ${N} --name ${P}ps-exit3 ${B} sh -c 'exit 3'`),
      step(`run ${N} -d --name ${P}ps-killed ${B} sleep 1000`),
      step(`kill ${P}ps-killed`),
      step(`run ${N} -d --name ${P}ps-failstart ${B} nosuchcmd`),
      step(`run ${N} --name ${P}ps-long ${B} sh -c 'echo a long command line that gets truncated'`),
      // No default table: its column widths come from CREATED/STATUS texts ("Less than a second
      // ago" vs "1 second ago"), which differ between the two sides by wall-clock chance and are
      // masked only after alignment. A table without time columns checks the alignment instead.
      step(`ps ${F} --format 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.Ports}}\t{{.Names}}'`),
      step(`ps -a ${F} --format 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.Ports}}\t{{.Names}}'`),
      step(`ps -a --no-trunc ${F} --format 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.Names}}'`),
      step(`ps -a ${F} --format 'table {{.Names}}\t{{.State}}'`),
      step(`ps -q ${F}`),
      step(`ps -aq ${F}`),
      step(`ps -aq --no-trunc ${F}`),
      step(`ps -a ${F} --format '{{.Names}}|{{.State}}|{{.Status}}'`),
      step(`ps -a ${F} --format '{{.Names}}|{{.Command}}|{{.Image}}'`),
      step(`ps -a ${F} --no-trunc --format '{{.Names}}|{{.Command}}'`),
      step(`ps -a ${F} --filter status=created --format '{{.Names}}'`),
      step(`ps -a ${F} --filter status=running --format '{{.Names}}'`),
      step(`ps -a ${F} --filter status=paused --format '{{.Names}}'`),
      step(`ps -a ${F} --filter status=exited --format '{{.Names}}'`),
      step(`ps -a ${F} --filter status=exited --filter status=created --format '{{.Names}}'`),
      step(`ps -a ${F} --filter status=restarting --format '{{.Names}}'`),
      step(`ps -a ${F} --filter status=dead --format '{{.Names}}'`),
      step(`ps ${F} --filter status=exited --format '{{.Names}}'`),
      step(`ps -a ${F} --filter exited=137 --format '{{.Names}}'`),
      step(`ps -a ${F} --filter exited=3 --format '{{.Names}}'`),
      step(`ps -a ${F} --filter exited=0 --format '{{.Names}}'`),
      step(`ps -a --filter name=${P}ps-p --format '{{.Names}}'`),
      step(`ps -a --filter name=${P}ps-running --filter name=${P}ps-exit3 --format '{{.Names}}'`),
      step(`ps -a ${F} --filter status=bogus`),
      step(`ps -a ${F} --filter exited=x`),
      step(`ps -a ${F} --filter bogus=1`),
      step(`ps -a ${F} --filter novalue`),
      step(`ps -a ${F} --filter 'name=[' --format '{{.Names}}'`),
      step(`ps -a ${F} --filter exited=-1 --format '{{.Names}}'`),
      step(`ps -a ${F} --format '{{.Names}} {{.Nope}}'`),
      step(`ps -a ${F} --format '{{json .Names}}'`),
      step(`ps extra`),
    ]);
    expectConformant(results);
  });
});
