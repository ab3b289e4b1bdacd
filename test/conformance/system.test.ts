/**
 * docker system df and docker system prune, engine vs model (docs/rules.md SYS-1 to SYS-4).
 *
 * Both see the whole engine: `df` counts every image and container on it, and `prune` without a
 * filter removes from everything. So this file has an engine of its own (private-engine.ts), wiped
 * before each scenario, as strata starts each one with an empty store but the base image.
 * Images counted together are made at least a second apart (TICK): the daemon orders them by
 * creation time in whole seconds, ties in arbitrary order. Tables with a CREATED column compare
 * their columns' order, not their widths (looseColumns): the widths follow each side's times before
 * they are masked.
 */
import { afterAll, beforeAll, beforeEach, it } from 'vitest';
import { docker } from '../support/engine.js';
import { type PrivateEngine, describePrivateEngine, startPrivateEngine } from '../support/private-engine.js';
import { type Step, type StepResult, capture, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-sys-';
const B = `${P}base:1`;
const N = '--network none';
const TICK = step(`run ${N} --rm --name ${P}tick ${B} sleep 1`);
const loose = (line: string): Step => ({ ...step(line), looseColumns: true });
/** Every action of the scenarios but the exec's that waits for the window (exec_create, exec_start, exec_die). */
const EVENTS = ['create', 'attach', 'connect', 'start', 'die', 'disconnect', 'destroy', 'pause', 'commit', 'tag', 'untag', 'delete', 'prune'].map((e) => `--filter event=${e}`).join(' ');

/** Unix times, as `{{json .}}` prints an event's: the masker knows RFC 3339 ones only. */
const maskUnixTimes = (results: readonly StepResult[]): StepResult[] =>
  results.map((r) => {
    const unix = (t: string): string => t.replace(/\b[0-9]{10}(?:[0-9]{9})?\b/g, '<unix>');
    const mask = (o: StepResult['engine']): StepResult['engine'] => ({ ...o, stdout: unix(o.stdout), stderr: unix(o.stderr) });
    return { ...r, engine: mask(r.engine), model: mask(r.model) };
  });

let engine: PrivateEngine | undefined;

describePrivateEngine('system df and system prune conformance', () => {
  beforeAll(async () => {
    engine = await startPrivateEngine();
  });
  afterAll(async () => {
    await engine?.stop();
  });
  // every container, then every image: the engine as strata's store starts (runBoth imports the base)
  beforeEach(async () => {
    const on = { socket: engine!.socket };
    const ids = (await docker(['ps', '-aq'], on)).stdout.split('\n').filter((l) => l !== '');
    if (ids.length > 0) await docker(['rm', '-f', ...ids], on);
    await docker(['system', 'prune', '-a', '-f'], on);
  });
  const both = (steps: readonly Step[]): Promise<StepResult[]> => runBoth(P, steps, engine!.socket);

  it('df: shared layers, committed images, an intermediate and a dangling image, containers in every status', async () => {
    const results = await both([
      step(`system df`),
      loose(`system df -v`),
      TICK,
      step(`run ${N} --name ${P}c1 ${B} sh -c 'cp /bin/busybox /big; echo hi > /x'`),
      step(`commit ${P}c1 ${P}img:a`),
      TICK,
      step(`run ${N} --name ${P}c2 ${P}img:a sh -c 'echo 12345 > /y; ln -s /very/long/target /l; rm /bin/cat'`),
      step(`commit ${P}c2 ${P}img:b`),
      TICK,
      step(`run ${N} -d --name ${P}up ${P}img:b sleep 1000`),
      step(`exec ${P}up sh -c 'echo abc > /r; cp /bin/busybox /r2'`),
      step(`create ${N} --name ${P}made ${B} true`),
      step(`run ${N} -d --name ${P}pa ${B} sleep 1000`),
      step(`exec ${P}pa sh -c 'echo paused > /p'`),
      step(`pause ${P}pa`),
      step(`system df`),
      loose(`system df -v`),
      // a dangling image: the tag moved to a second commit of the same RW layer (the same layer)
      step(`commit ${P}c1 ${P}img:c`),
      TICK,
      step(`commit ${P}c1 ${P}img:c`),
      // an intermediate image: img:a loses its tag and keeps its child, img:b
      step(`rmi -f ${P}img:a`),
      step(`images -a --format '{{.Repository}}:{{.Tag}} {{.Size}}'`),
      step(`system df`),
      loose(`system df -v`),
      step(`system df --format '{{json .}}'`),
      step(`system df --format 'table {{.Type}}\\t{{.Size}}\\t{{.Reclaimable}}'`),
      step(`system df --format '{{.Type}}: {{.TotalCount}} {{.Active}}'`),
      step(`system df --format raw`),
      step(`system df --format table`),
      step(`system df --format ''`),
      step(`system df -v --format '{{json .}}'`),
      step(`system df -v --format raw`),
      step(`system df -v --format '{{len .Images}} {{len .Containers}} {{.Volumes}} {{.BuildCache}}'`),
      step(`system df -v --format 'table {{range .Containers}}{{.ID}} {{.Image}} {{.Size}} {{.Command}}|{{end}}'`),
      step(`system df -v --format '{{range .Images}}{{.ID}} {{.Repository}} {{.Tag}} {{.Containers}} {{.SharedSize}}|{{end}}'`),
      loose(`system df -v --format table`),
      loose(`system df --verbose=true`),
      step(`system df --verbose=false`),
      step(`unpause ${P}pa`),
      step(`rm -f ${P}up ${P}pa`),
      step(`system df`),
    ]);
    expectConformant(results);
  });

  it('df: the tags an image is named by, an image a tag moved away from, templates that fail, usage errors', async () => {
    const results = await both([
      TICK,
      step(`tag ${B} zz/${P}a:9`),
      step(`tag ${B} localhost:5000/${P}q:1`),
      step(`tag ${B} ${P}aa:2`),
      step(`create ${N} --name ${P}c ${P}aa:2 true`),
      step(`tag ${P}aa:2 ${P}zz:1`),
      step(`run ${N} --name ${P}w ${B} sh -c 'echo w > /w'`),
      step(`commit ${P}w ${P}aa:2`),
      step(`system df`),
      step(`system df -v --format '{{range .Images}}{{.Repository}}:{{.Tag}} {{.Containers}}|{{end}}'`),
      step(`system df -v --format '{{range .Containers}}{{.Image}}|{{end}}'`),
      step(`system df -v --format 'table {{range .Containers}}{{.Image}}|{{end}}'`),
      step(`ps -a --no-trunc --format '{{.Names}} {{.Image}}'`),
      // one row: an image's tags are listed in the order of a Go map walk (the client's image formatter)
      step(`images ${P}aa:2 --format 'table {{.Repository}}\t{{.VirtualSize}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}'`),
      step(`system df --format '{{.Nope}}'`),
      step(`system df --format '{{.Type'`),
      step(`system df -v --format 'x{{.Nope}}'`),
      step(`system df -v --format 'table {{.Type}}'`),
      step(`system df -v --format '{{'`),
      step(`system df extra`),
      step(`system df --bogus`),
      step(`system df --format`),
      step(`system`),
    ]);
    expectConformant(results);
  });

  it('prune: the prompt, declined and accepted; what goes and what stays; the events', async () => {
    const results = await both([
      TICK,
      step(`run ${N} --name ${P}ex ${B} sh -c 'cp /bin/busybox /big'`),
      capture('T0', `inspect -f {{.Created}} ${P}ex`),
      step(`commit ${P}ex ${P}img:1`),
      TICK,
      step(`commit ${P}ex ${P}img:1`),
      step(`create ${N} --label keep=1 --name ${P}made ${B} true`),
      step(`run ${N} -d --name ${P}up ${B} sleep 1000`),
      step(`run ${N} -d --name ${P}pa ${B} sleep 1000`),
      step(`pause ${P}pa`),
      step(`tag ${B} ${P}unused:1`),
      step(`system prune`, 'n\n'),
      step(`system prune`, ''),
      step(`system prune -a`, 'yes\n'),
      step(`system prune --filter label=keep=1 --filter 'until=10m' --filter ' LABEL!= nope ' --filter label=keep=1`, ' y\n'),
      step(`ps -a --format '{{.Names}} {{.Status}}'`),
      step(`system prune --filter label=keep=1`, 'y\n'),
      step(`ps -a --format '{{.Names}} {{.Status}}'`),
      step(`system prune`, 'y\nn\n'),
      step(`ps -a --format '{{.Names}} {{.Status}}'`),
      // by id: the base image's two tags are listed in the order of a Go map walk
      step(`images -a --format '{{.ID}} {{.Size}}'`),
      step(`system df`),
      step(`system prune -f`),
      // a second for the prunes to fall in the window (before -a, whose deletions come in the order
      // of a Go map walk on the engine); the exec's own events are left out, the last of them being
      // at the window's edge
      step(`exec ${P}up sleep 1`),
      step(`events --since %T0% --until 0s ${EVENTS} --format '{{json .}}'`),
      step(`events --since %T0% --until 0s --filter type=network --filter type=builder --filter event=prune`),
      step(`system prune -a`, 'Y\r\n'),
      step(`images -a --format '{{.Repository}}:{{.Tag}}'`),
      step(`system df`),
      step(`rm -f ${P}up ${P}pa`),
      step(`system prune -a -f`),
      step(`images -a --format '{{.Repository}}:{{.Tag}}'`),
    ]);
    expectConformant(maskUnixTimes(results));
  });

  it('prune --filter: until as a duration, a date, twice; label; what the daemon refuses, and where', async () => {
    const results = await both([
      TICK,
      step(`run ${N} --label k=v --name ${P}old ${B} sh -c 'echo 1 > /1'`),
      step(`commit -c 'LABEL k=v' ${P}old ${P}img:1`),
      TICK,
      step(`commit -c 'LABEL k=v' ${P}old ${P}img:1`),
      step(`run ${N} --name ${P}other ${B} true`),
      step(`system prune -f --filter until=1h`),
      step(`system prune -f --filter until=0`),
      step(`system prune -f --filter until=1h --filter until=2h`),
      step(`system prune -f --filter until=bad`),
      step(`system prune -f --filter until=`),
      step(`system prune -f --filter until=2000-13-01`),
      step(`system prune -f --filter bogus=1`),
      step(`system prune -f --filter dangling=true`),
      step(`system prune -f --filter novalue`),
      step(`system prune -f --filter ''`),
      step(`ps -a --format '{{.Names}}'`),
      // a date: the containers and images go, then the build cache refuses what is not a duration
      step(`system prune -f --filter until=2100-01-01T00:00:00Z --filter label=k=v`),
      step(`ps -a --format '{{.Names}}'`),
      step(`images -a --format '{{.Repository}}:{{.Tag}}'`),
      step(`system prune -a -f --filter until=-1h`),
      step(`system prune -f --filter until=1700000000`),
      step(`ps -a --format '{{.Names}}'`),
      step(`images -a --format '{{.Repository}}:{{.Tag}}'`),
      step(`system prune --volumes=false -f`),
      step(`system prune extra`),
      step(`system prune -z`),
      step(`system prune --filter`),
    ]);
    expectConformant(results);
  });
});
