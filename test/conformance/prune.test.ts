/**
 * container prune / image prune, engine vs model (docs/rules.md LIFE-14, RMI-5, SYS-3).
 * The engine holds other sessions' objects, so every prune here is restricted with
 * `--filter label=cf-prune=<scenario>` and every object this file makes carries that label:
 * containers via `--label`, images via `commit -c 'LABEL …'`. Unfiltered prunes are never run.
 * Images listed together are made at least a second apart (TICK): listings order by creation time
 * in whole seconds, ties in arbitrary order on the engine.
 */
import { afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { capture, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-prune-';
const B = `${P}base:1`;
const N = '--network none';
const TICK = step(`run ${N} --rm --name ${P}tick ${B} sleep 1`);
const IMAGES = `--format 'table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}\\t{{.Size}}'`;

describeEngine('prune conformance', () => {
  // Each scenario starts from an engine without this file's objects, as strata starts empty.
  afterEach(() => cleanup(P));

  it('container prune: created and exited go, running and paused stay', async () => {
    const F = '--filter label=cf-prune=c';
    const results = await runBoth(P, [
      step(`create ${N} --label cf-prune=c --name ${P}created ${B} sleep 1000`),
      step(`run ${N} -d --label cf-prune=c --name ${P}running ${B} sleep 1000`),
      step(`run ${N} -d --label cf-prune=c --name ${P}paused ${B} sleep 1000`),
      step(`pause ${P}paused`),
      step(`run ${N} --label cf-prune=c --name ${P}exited ${B} sh -c 'echo x > /x.txt; exit 1'`),
      step(`run ${N} -d --label cf-prune=c --name ${P}failed ${B} nosuchcmd`),
      step(`run ${N} --label cf-prune=other --name ${P}other ${B} true`),
      step(`container prune -f ${F} --filter label!=cf-prune=other`),
      step(`ps -a --filter name=${P} --format '{{.Names}}|{{.State}}'`),
      step(`container prune -f ${F}`),
      step(`container prune -f --filter label=cf-prune=other`),
      step(`ps -a --filter name=${P} --format '{{.Names}}|{{.State}}'`),
      step(`container prune -f --filter bogus=1`),
      step(`container prune -f --filter novalue`),
      step(`container prune -f --filter label=cf-prune=nothing`),
      step(`rm -f ${P}running ${P}paused`),
    ]);
    expectConformant(results);
  });

  it('image prune: dangling chains, -a, images in use', async () => {
    const F = '--filter label=cf-prune=i';
    const results = await runBoth(P, [
      // a dangling image (tag moved away) and a childless chain under it
      step(`run ${N} --name ${P}m1 ${B} sh -c 'echo 1 > /1.txt'`),
      step(`commit -c 'LABEL cf-prune=i' ${P}m1 ${P}a:1`),
      TICK,
      step(`run ${N} --name ${P}m2 ${P}a:1 sh -c 'echo 2 > /2.txt'`),
      step(`commit ${P}m2 ${P}a:2`),
      step(`rmi ${P}a:1`),
      TICK,
      step(`run ${N} --name ${P}m3 ${B} sh -c 'echo 3 > /3.txt'`),
      step(`commit -c 'LABEL cf-prune=i' ${P}m3 ${P}a:2`),
      step(`rm ${P}m1 ${P}m2 ${P}m3`),
      step(`images -a --filter label=cf-prune=i ${IMAGES}`),
      step(`image prune -f --filter label=cf-prune=nothing`),
      step(`image prune -f ${F}`),
      step(`images -a --filter label=cf-prune=i ${IMAGES}`),
      // -a: every image no container uses; a created container counts as a user
      TICK,
      step(`run ${N} --name ${P}m4 ${B} sh -c 'echo 4 > /4.txt'`),
      step(`commit -c 'LABEL cf-prune=i' ${P}m4 ${P}used:1`),
      step(`rm ${P}m4`),
      step(`create ${N} --name ${P}user ${P}used:1 true`),
      step(`image prune -a -f ${F}`),
      step(`images -a --filter label=cf-prune=i ${IMAGES}`),
      step(`rm ${P}user`),
      step(`image prune -a -f ${F}`),
      step(`images -a --filter label=cf-prune=i ${IMAGES}`),
      step(`image prune -f --filter bogus=1`),
      step(`image prune -f --filter dangling=maybe ${F}`),
    ]);
    expectConformant(results);
  });

  it('the prompt declined still reports the space reclaimed; filters as the client reads them; until', async () => {
    const F = '--filter label=cf-prune=f';
    const results = await runBoth(P, [
      step(`run ${N} --label cf-prune=f --name ${P}m1 ${B} sh -c 'echo 1 > /1.txt'`),
      step(`commit -c 'LABEL cf-prune=f' ${P}m1 ${P}f:1`),
      TICK,
      step(`commit -c 'LABEL cf-prune=f' ${P}m1 ${P}f:1`),
      step(`container prune ${F}`, 'n\n'),
      step(`container prune ${F}`, ''),
      step(`container prune ${F}`, ' y\n'),
      step(`image prune -a ${F}`, 'no\n'),
      step(`image prune ${F}`, ''),
      step(`ps -a --filter name=${P} --format '{{.Names}}'`),
      step(`container prune -f ${F} --filter until=1h`),
      step(`image prune -f ${F} --filter until=1h`),
      step(`container prune -f ${F} --filter until=x`),
      step(`image prune -f ${F} --filter until=1h --filter until=2h`),
      step(`container prune -f ${F} --filter until=2100-01-01T00:00:00Z --filter ''`),
      step(`image prune -f --filter ' LABEL = cf-prune=f ' --filter until=-1h`),
      step(`images -a --filter label=cf-prune=f ${IMAGES}`),
      step(`ps -a --filter name=${P} --format '{{.Names}}'`),
    ]);
    expectConformant(results);
  });

  it('image prune skips a dangling image a container still uses', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}m1 ${B} sh -c 'echo 1 > /1.txt'`),
      capture('D', `commit -c 'LABEL cf-prune=u' ${P}m1 ${P}d:1`),
      step(`rm ${P}m1`),
      step(`create ${N} --name ${P}user ${P}d:1 true`),
      step(`rmi -f ${P}d:1`),
      step(`images -a --filter label=cf-prune=u ${IMAGES}`),
      step(`image prune -f --filter label=cf-prune=u`),
      step(`images -a --filter label=cf-prune=u ${IMAGES}`),
      step(`rm ${P}user`),
      step(`image prune -f --filter label=cf-prune=u`),
      step(`images -a --filter label=cf-prune=u ${IMAGES}`),
    ]);
    expectConformant(results);
  });
});
